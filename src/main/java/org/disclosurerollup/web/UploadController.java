package org.disclosurerollup.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploads of submissions into {@code input/<year>/}: all files of one upload are checked first (name, size, content as
 * the job reads it); if any is refused, none is stored and the page says why for each (see {@link UploadBatch}).
 */
@Controller
@ConditionalOnWebApplication
class UploadController {

    private final RunFolders folders;
    private final ConsoleYears years;
    private final UploadBatch batch;

    UploadController(RunFolders folders, ConsoleYears years, SubmissionFileInspector inspector,
                     RollupProperties properties) {
        this.folders = folders;
        this.years = years;
        this.batch = new UploadBatch(inspector, new UploadStore(), properties.maxFileSize().toBytes());
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
        UploadBatch.Outcome outcome = batch.upload(chosen, folders.yearInput(year));
        if (!outcome.errors().isEmpty()) {
            redirect.addFlashAttribute("uploadErrors", outcome.errors());
        } else {
            redirect.addFlashAttribute("uploadDone", outcome.stored());
            redirect.addFlashAttribute("uploadWarnings", outcome.warnings());
        }
        return page;
    }
}
