package org.disclosurerollup.consolidation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files put in the year folder after the run that first received their bytes, under another name: the same submission,
 * so they are as old as its first receipt. When that submission was superseded, a unit that sends it again to say
 * "the first one was right" would otherwise see nothing happen — this finds those files so a warning can say why.
 */
final class ResentVersions {

    /** A file new in this run, and the version (a submission's file, its own or the one it copies) it repeats. */
    record Resent(int fileId, String path, int versionFileId) {
    }

    private final JdbcClient jdbc;

    ResentVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Resent> of(long runId) {
        return jdbc.sql("""
                        SELECT f.file_id, f.path, COALESCE(f.duplicate_of, f.file_id) FROM input_file f
                        WHERE f.run_id = ? AND f.received_run < f.run_id
                          AND NOT EXISTS (SELECT 1 FROM input_file first
                                           WHERE first.run_id = f.received_run AND first.path = f.path)
                        ORDER BY f.path""")
                .param(runId)
                .query((rs, n) -> new Resent(rs.getInt(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** The re-sent files of a superseded version, by the version's file id. */
    static Map<Integer, List<Resent>> byVersion(List<Resent> resent) {
        return resent.stream().collect(Collectors.groupingBy(Resent::versionFileId));
    }
}
