package org.disclosurerollup.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.FileInspection;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of one upload: each is named, size-checked and copied to a temporary folder, where the job's own
 * {@link SubmissionFileInspector} looks at it. A file the job could not read at all refuses the whole upload; one it
 * would reject for its content (a header without a required column …) is stored with a warning. Stored all or none:
 * a failure part way takes back what the upload had stored.
 */
final class UploadBatch {

    private static final Logger log = LoggerFactory.getLogger(UploadBatch.class);
    static final String NOTHING_STORED = "本次上传的文件都没有保存：请更正上面的问题后重新上传";

    /** What the page says: errors (then nothing was stored), or the files stored and warnings about them. */
    record Outcome(List<String> errors, List<String> stored, List<String> warnings) {
    }

    private record Staged(String original, String storedName, Path file, String warning) {
    }

    private final SubmissionFileInspector inspector;
    private final UploadStore store;
    private final long maxFileSize;

    UploadBatch(SubmissionFileInspector inspector, UploadStore store, long maxFileSize) {
        this.inspector = inspector;
        this.store = store;
        this.maxFileSize = maxFileSize;
    }

    Outcome upload(List<MultipartFile> files, Path yearFolder) throws IOException {
        Path staging = Files.createTempDirectory("rollup-upload-");
        try {
            List<Staged> staged = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                MultipartFile file = files.get(i);
                String original = display(file.getOriginalFilename());
                String problem = stage(file, original, staging.resolve(Integer.toString(i)), staged);
                if (problem != null) {
                    errors.add(original + "：" + problem);
                }
            }
            if (!errors.isEmpty()) {
                errors.add(NOTHING_STORED);
                return new Outcome(errors, List.of(), List.of());
            }
            return storeAll(staged, yearFolder);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Copies the file into its own folder under its stored name and inspects it; returns why it is refused, or null. */
    private String stage(MultipartFile file, String original, Path folder, List<Staged> staged) throws IOException {
        UploadNames.Result name = UploadNames.safeName(original);
        if (name.stored() == null) {
            return name.problem();
        }
        if (file.getSize() > maxFileSize) {
            return "超过 " + size(maxFileSize) + "（这个文件 " + size(file.getSize()) + "）";
        }
        Path copy = Files.createDirectories(folder).resolve(name.stored());
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy);
        }
        FileInspection inspection = inspector.inspect(copy);
        String warning = null;
        if (inspection instanceof FileInspection.Unreadable unreadable) {
            if (unreadable.reason() == Reason.UNREADABLE_FILE || unreadable.reason() == Reason.ENCODING_ERROR) {
                return unreadable.message();
            }
            warning = original + "：已保存，但汇总时会被退回：" + unreadable.message();
        }
        staged.add(new Staged(original, name.stored(), copy, warning));
        return null;
    }

    private Outcome storeAll(List<Staged> staged, Path yearFolder) throws IOException {
        List<String> storedNames = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Staged file : staged) {
            String name;
            try (InputStream in = Files.newInputStream(file.file())) {
                name = store.store(yearFolder, file.storedName(), file.original(), in);
            } catch (IOException | RuntimeException e) {
                log.warn("上传未能保存 {}，已撤回本次已保存的 {}", file.original(), storedNames, e);
                for (String stored : storedNames) {
                    store.remove(yearFolder, stored);
                }
                return new Outcome(List.of(file.original() + "：无法保存到输入文件夹（详情见 rollup.log）",
                        "本次上传的文件都没有保存：请检查输入文件夹 " + yearFolder + " 是否可写、磁盘是否已满，然后重新上传"),
                        List.of(), List.of());
            }
            storedNames.add(name);
            lines.add(name.equals(file.original()) ? name : file.original() + " → 存为 " + name
                    + (name.equals(file.storedName()) ? "" : "（已有同名文件，未覆盖）"));
            if (file.warning() != null) {
                warnings.add(file.warning());
            }
        }
        return new Outcome(List.of(), lines, warnings);
    }

    /** The browser's name, as the page may show it (control characters dropped). */
    static String display(String original) {
        return original == null ? "" : original.replaceAll("\\p{Cntrl}", "");
    }

    /** In MB or KB, rounded up to one decimal (a file just over the cap does not look equal to it). */
    static String size(long bytes) {
        boolean megabytes = bytes >= 1024 * 1024;
        BigDecimal amount = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(megabytes ? 1024 * 1024 : 1024), 1,
                RoundingMode.UP).stripTrailingZeros();
        return amount.toPlainString() + (megabytes ? " MB" : " KB");
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("无法删除上传的临时文件夹 {}", folder, e);
        }
    }
}
