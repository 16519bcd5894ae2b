package org.disclosurerollup.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.checking.FileCheck;
import org.disclosurerollup.checking.SingleFileCheck;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.YearRunFactory;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.disclosurerollup.register.RegisterException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The check page of a year: files uploaded there are checked as the run would check them (command {@code check}) and
 * their problems shown; nothing is added to the year's input.
 */
@Controller
@ConditionalOnWebApplication
class CheckController {

    private final ConsoleYears years;
    private final YearRunFactory yearRuns;
    private final RunFolders folders;
    private final RollupProperties properties;
    private final Catalog catalog;
    private final SubmissionFileInspector inspector;
    private final UploadCheck uploads;

    CheckController(ConsoleYears years, YearRunFactory yearRuns, RunFolders folders, RollupProperties properties,
                    Catalog catalog, SubmissionFileInspector inspector) {
        this.years = years;
        this.yearRuns = yearRuns;
        this.folders = folders;
        this.properties = properties;
        this.catalog = catalog;
        this.inspector = inspector;
        this.uploads = new UploadCheck(properties.maxFileSize().toBytes());
    }

    @GetMapping("/years/{year:\\d{4}}/check")
    String page(@PathVariable int year, Model model) {
        if (years.problem(year).isPresent()) {
            return "redirect:/years?year=" + year;
        }
        describe(year, model);
        return "check";
    }

    @PostMapping("/years/{year:\\d{4}}/check")
    String check(@PathVariable int year, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                 Model model) throws IOException {
        if (years.problem(year).isPresent()) {
            return "redirect:/years?year=" + year;
        }
        describe(year, model);
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())
                .toList();
        if (chosen.isEmpty()) {
            model.addAttribute("uploadErrors", List.of("没有选择文件：请先选择要检查的报表文件"));
            return "check";
        }
        Optional<SingleFileCheck> check = newCheck(year, model);
        if (check.isPresent()) {
            model.addAttribute("checked", uploads.check(chosen, check.get()));
        }
        return "check";
    }

    private void describe(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("district", properties.district());
        model.addAttribute("template", catalog.templateFor(year).orElseThrow().id());
        model.addAttribute("maxFileSizeMb", properties.maxFileSize().toMegabytes());
    }

    /** A check of the year against the console's register; none when the register cannot be read (said on the page). */
    private Optional<SingleFileCheck> newCheck(int year, Model model) {
        try {
            YearRun run = yearRuns.prepare(year, folders.input(), folders.output(), folders.unitsFile(),
                    properties.district());
            return Optional.of(new SingleFileCheck(run, new FileCheck(run, catalog, inspector,
                    properties.maxFileSize())));
        } catch (RegisterException e) {
            model.addAttribute("uploadErrors", List.of(e.getMessage()));
            return Optional.empty();
        }
    }
}
