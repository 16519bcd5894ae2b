package org.disclosurerollup.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.job.RunFolders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploads of submissions into {@code input/<year>/}: all files of one upload are checked first (name, type by
 * content, size); if any is refused, none is stored and the page says why for each.
 */
@Controller
@ConditionalOnWebApplication
class UploadController {

    private final RunFolders folders;
    private final ConsoleYears years;
    private final UploadStore store = new UploadStore();
    private final long maxFileSize;

    UploadController(RunFolders folders, ConsoleYears years, RollupProperties properties) {
        this.folders = folders;
        this.years = years;
        this.maxFileSize = properties.maxFileSize().toBytes();
    }

    private record Checked(MultipartFile file, String storedName) {
    }

    @PostMapping("/years/{year:\\d{4}}/uploads")
    String upload(@PathVariable int year, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) throws IOException {
        String page = "redirect:/years/" + year;
        Optional<String> yearProblem = years.problem(year);
        if (yearProblem.isPresent()) {
            redirect.addFlashAttribute("uploadErrors", List.of(yearProblem.get()));
            return "redirect:/";
        }
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())
                .toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("uploadErrors", List.of("没有选择文件：请先选择要上传的报表文件"));
            return page;
        }
        List<Checked> accepted = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (MultipartFile file : chosen) {
            Optional<String> problem = check(file, accepted);
            problem.ifPresent(p -> errors.add(display(file.getOriginalFilename()) + "：" + p));
        }
        if (!errors.isEmpty()) {
            errors.add("本次上传的文件都没有保存：请更正上面的问题后重新上传");
            redirect.addFlashAttribute("uploadErrors", errors);
            return page;
        }
        List<String> stored = new ArrayList<>();
        for (Checked checked : accepted) {
            String original = display(checked.file().getOriginalFilename());
            String name;
            try (InputStream in = checked.file().getInputStream()) {
                name = store.store(folders.yearInput(year), checked.storedName(), original, in);
            }
            stored.add(name.equals(original) ? name : original + " → 存为 " + name
                    + (name.equals(checked.storedName()) ? "" : "（已有同名文件，未覆盖）"));
        }
        redirect.addFlashAttribute("uploadDone", stored);
        return page;
    }

    private Optional<String> check(MultipartFile file, List<Checked> accepted) throws IOException {
        UploadNames.Result name = UploadNames.safeName(file.getOriginalFilename());
        if (name.stored() == null) {
            return Optional.of(name.problem());
        }
        if (file.getSize() > maxFileSize) {
            return Optional.of("文件太大（" + file.getSize() / 1024 / 1024 + " MB），上限是 " + maxFileSize / 1024 / 1024
                    + " MB");
        }
        byte[] head;
        try (InputStream in = file.getInputStream()) {
            head = in.readNBytes(SpreadsheetContent.TEXT_SAMPLE);
        }
        Optional<String> content = SpreadsheetContent.problem(UploadNames.extension(name.stored()), head,
                file.getSize());
        if (content.isEmpty()) {
            accepted.add(new Checked(file, name.stored()));
        }
        return content;
    }

    /** The browser's name, as the page may show it (control characters dropped). */
    static String display(String original) {
        return original == null ? "" : original.replaceAll("\\p{Cntrl}", "");
    }
}
