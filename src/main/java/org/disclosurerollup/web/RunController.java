package org.disclosurerollup.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.RunProgress;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Run now" for a year, in the background, and its progress as JSON for the year page. */
@Controller
@ConditionalOnWebApplication
class RunController {

    /** What the page's progress box shows; {@code summary} is set once the run started here has ended. */
    record ProgressView(boolean running, String step, int filesTotal, int filesRegistered, int filesRead,
                        long rowsRead, long seconds, List<String> summary) {
    }

    private final ExclusiveYearRuns runs;
    private final RunProgress progress;
    private final RunFolders folders;
    private final ConsoleYears years;
    private final String district;

    RunController(ExclusiveYearRuns runs, RunProgress progress, RunFolders folders, ConsoleYears years,
                  RollupProperties properties) {
        this.runs = runs;
        this.progress = progress;
        this.folders = folders;
        this.years = years;
        this.district = properties.district();
    }

    @PostMapping("/years/{year:\\d{4}}/run")
    String runNow(@PathVariable int year, RedirectAttributes redirect) {
        Optional<String> problem = years.problem(year);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("runMessage", problem.get());
        } else if (!runs.startIfIdle(folders.request(year, district))) {
            redirect.addFlashAttribute("runMessage", year + "年的汇总正在运行：请等它结束");
        }
        return "redirect:/years/" + year;
    }

    @GetMapping("/years/{year:\\d{4}}/progress")
    @ResponseBody
    ProgressView progress(@PathVariable int year) {
        return view(year, runs, progress);
    }

    static ProgressView view(int year, ExclusiveYearRuns runs, RunProgress progress) {
        boolean running = runs.isRunning(year);
        Optional<RunProgress.Snapshot> snapshot = progress.of(year);
        List<String> summary = running ? List.of() : runs.lastEnded(year).map(RunSummaryLines::of).orElse(List.of());
        if (snapshot.isEmpty()) {
            return new ProgressView(running, running ? "准备中" : "", 0, 0, 0, 0, 0, summary);
        }
        RunProgress.Snapshot s = snapshot.get();
        Instant end = s.running() ? Instant.now() : s.updatedAt();
        return new ProgressView(running, s.stepLabel(), s.filesTotal(), s.filesRegistered(), s.filesRead(),
                s.rowsRead(), Duration.between(s.startedAt(), end).toSeconds(), summary);
    }
}
