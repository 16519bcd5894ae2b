package org.disclosurerollup.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurerollup.checking.SingleFileCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files checked as the run would check them, without storing them: each is copied under its safe name into a
 * temporary folder (its name may give the unit and year, as in the year folder), checked, and deleted. The page shows
 * each file's first problems and what the run would make of it.
 */
final class UploadCheck {

    private static final Logger log = LoggerFactory.getLogger(UploadCheck.class);
    /** Problems shown per file; the rest are counted. */
    static final int LINES_SHOWN = 500;

    /**
     * One file's result: its problems (the first {@link #LINES_SHOWN}), how many more, and its summary; or only a
     * refusal when it could not be checked.
     */
    record Checked(String name, List<SingleFileCheck.Line> lines, long notShown, String summary,
                   boolean acceptedWhole) {
    }

    private final long maxFileSize;

    UploadCheck(long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** @param check checks one file of the year (not thread-safe: one per request) */
    List<Checked> check(List<MultipartFile> files, SingleFileCheck check) throws IOException {
        Path staging = Files.createTempDirectory("rollup-check-");
        try {
            List<Checked> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                results.add(check(files.get(i), staging.resolve(Integer.toString(i)), check));
            }
            return results;
        } finally {
            deleteQuietly(staging);
        }
    }

    private Checked check(MultipartFile file, Path folder, SingleFileCheck check) throws IOException {
        String original = UploadBatch.display(file.getOriginalFilename());
        UploadNames.Result name = UploadNames.safeName(original);
        if (name.stored() == null) {
            return refused(original, name.problem());
        }
        if (file.getSize() > maxFileSize) {
            return refused(original, "超过 " + UploadBatch.size(maxFileSize) + "（这个文件 " + UploadBatch.size(file.getSize())
                    + "），汇总时会被退回：请只提交本单位本年度的统计表");
        }
        Path copy = Files.createDirectories(folder).resolve(name.stored());
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy);
        }
        List<SingleFileCheck.Line> lines = new ArrayList<>();
        long[] more = {0};
        try {
            SingleFileCheck.Outcome outcome = check.check(copy, line -> {
                if (lines.size() < LINES_SHOWN) {
                    lines.add(line);
                } else {
                    more[0]++;
                }
            });
            return new Checked(original, lines, more[0], outcome.summaryBeforeProblems(original), outcome.acceptedWhole());
        } catch (IOException e) {
            log.warn("无法检查上传的 {}", original, e);
            return refused(original, "无法读取（" + e.getMessage() + "）：请确认文件完整后重新选择");
        }
    }

    private static Checked refused(String name, String why) {
        return new Checked(name, List.of(), 0, name + "：" + why, false);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("无法删除检查用的临时文件夹 {}", folder, e);
        }
    }
}
