package org.disclosurerollup.consolidation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLog;
import org.disclosurerollup.checking.SubmissionStatus;
import org.disclosurerollup.support.RunIds;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step {@code chooseCountingSubmissions}: when a unit sent more than one submission, the newest one counts (later file
 * modification time, then later path); the older ones are marked superseded by it. Only an accepted one counts.
 */
public class CountingSubmissionsTasklet implements Tasklet {

    private final JdbcClient jdbc;
    private final ProblemLog problems;

    public CountingSubmissionsTasklet(JdbcClient jdbc, ProblemLog problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    private record Candidate(int submissionId, int fileId, String unitCode, String status, Timestamp modifiedAt,
                             String path) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        List<Candidate> candidates = jdbc.sql("""
                        SELECT s.submission_id, s.file_id, s.unit_code, s.status, f.modified_at, f.path
                        FROM submission s JOIN input_file f ON f.run_id = s.run_id AND f.file_id = s.file_id
                        WHERE s.run_id = ? AND s.status IN ('accepted', 'rejected')""")
                .param(runId)
                .query((rs, n) -> new Candidate(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5), rs.getString(6)))
                .list();
        Map<String, List<Candidate>> byUnit = new LinkedHashMap<>();
        candidates.forEach(c -> byUnit.computeIfAbsent(c.unitCode(), unit -> new ArrayList<>()).add(c));
        Comparator<Candidate> newestFirst = Comparator.comparing(Candidate::modifiedAt)
                .thenComparing(Candidate::path).reversed();
        for (List<Candidate> ofUnit : byUnit.values()) {
            ofUnit.sort(newestFirst);
            Candidate latest = ofUnit.get(0);
            if (ofUnit.size() > 1 && ofUnit.get(1).modifiedAt().equals(latest.modifiedAt())) {
                problems.record(runId, List.of(new Problem(latest.fileId(), null, latest.submissionId(), 0, false, null,
                        null, latest.unitCode(), null, null, null, "same-time", "有多份报表的修改时间相同，已按文件路径取"
                        + latest.path() + "：如不对，请删除不用的文件后重新运行")));
            }
            jdbc.sql("UPDATE submission SET counts = ?, superseded_by = NULL WHERE run_id = ? AND submission_id = ?")
                    .params(SubmissionStatus.ACCEPTED.id().equals(latest.status()), runId, latest.submissionId())
                    .update();
            for (Candidate older : ofUnit.subList(1, ofUnit.size())) {
                jdbc.sql("""
                                UPDATE submission SET status = ?, counts = FALSE, superseded_by = ?
                                WHERE run_id = ? AND submission_id = ?""")
                        .params(SubmissionStatus.SUPERSEDED.id(), latest.submissionId(), runId, older.submissionId())
                        .update();
            }
        }
        return RepeatStatus.FINISHED;
    }
}
