package org.disclosurerollup.web;

import java.time.Year;
import java.time.ZoneId;
import org.disclosurerollup.job.RunFolders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page: choose a year. */
@Controller
@ConditionalOnWebApplication
class YearsController {

    private final ConsoleYears years;
    private final RunFolders folders;

    YearsController(ConsoleYears years, RunFolders folders) {
        this.years = years;
        this.folders = folders;
    }

    @GetMapping("/")
    String years(Model model) {
        model.addAttribute("years", years.withFolders());
        model.addAttribute("lastYear", Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1);
        model.addAttribute("inputFolder", folders.input());
        return "years";
    }

    @GetMapping("/years")
    String open(@RequestParam(required = false) Integer year, Model model) {
        if (year == null || year < 1000 || year > 9999 || years.problem(year).isPresent()) {
            model.addAttribute("yearError", year == null ? "请输入年度，如 2024"
                    : years.problem(year).orElse("年度应为四位数字，如 2024"));
            return years(model);
        }
        return "redirect:/years/" + year;
    }
}
