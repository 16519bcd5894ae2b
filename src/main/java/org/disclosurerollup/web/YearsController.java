package org.disclosurerollup.web;

import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.schedule.ScheduledRunLog;
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
    private final ScheduledRunLog scheduledRuns;

    YearsController(ConsoleYears years, RunFolders folders, ScheduledRunLog scheduledRuns) {
        this.years = years;
        this.folders = folders;
        this.scheduledRuns = scheduledRuns;
    }

    @GetMapping("/")
    String years(Model model) {
        model.addAttribute("years", years.withFolders());
        model.addAttribute("lastYear", Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1);
        model.addAttribute("inputFolder", folders.input());
        model.addAttribute("scheduledRun", scheduledRuns.latest().orElse(null));
        return "years";
    }

    /** The "other year" box: anything typed gets a line on this page, never an error page. */
    @GetMapping("/years")
    String open(@RequestParam(required = false) String year, Model model) {
        String typed = year == null ? "" : year.strip();
        Optional<String> problem = typed.isEmpty() ? Optional.of("请输入年度，如 2024")
                : !typed.matches("\\d{4}") ? Optional.of("年度应为四位数字，如 2024")
                : years.problem(Integer.parseInt(typed));
        if (problem.isPresent()) {
            model.addAttribute("yearError", problem.get());
            return years(model);
        }
        return "redirect:/years/" + typed;
    }
}
