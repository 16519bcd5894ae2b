package org.disclosurerollup.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Shares a run's files out among the readers: contiguous ranges of file ids ({@link #FIRST_FILE}..{@link #LAST_FILE})
 * of about equal bytes. There are more shares than threads, so a thread that finishes early takes the next one.
 */
public class FileRangePartitioner implements Partitioner {

    public static final String FIRST_FILE = "firstFile";
    public static final String LAST_FILE = "lastFile";

    private final List<InputFileRepository.Size> files;

    /** @param files the run's files with their sizes, in id order */
    public FileRangePartitioner(List<InputFileRepository.Size> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> shares = new LinkedHashMap<>();
        if (files.isEmpty()) {
            shares.put(name(0), range(1, 0));
            return shares;
        }
        int count = Math.max(1, Math.min(gridSize, files.size()));
        long total = files.stream().mapToLong(file -> Math.max(1, file.bytes())).sum();
        long done = 0;
        int first = files.get(0).fileId();
        for (int i = 0; i < files.size(); i++) {
            done += Math.max(1, files.get(i).bytes());
            boolean last = i == files.size() - 1;
            boolean full = done * count >= total * (shares.size() + 1L);
            if (last || (full && shares.size() < count - 1)) {
                shares.put(name(shares.size()), range(first, files.get(i).fileId()));
                first = last ? first : files.get(i + 1).fileId();
            }
        }
        return shares;
    }

    private static String name(int share) {
        return "share" + share;
    }

    private static ExecutionContext range(int first, int last) {
        ExecutionContext context = new ExecutionContext();
        context.putInt(FIRST_FILE, first);
        context.putInt(LAST_FILE, last);
        return context;
    }
}
