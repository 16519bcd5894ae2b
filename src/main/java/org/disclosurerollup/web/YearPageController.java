package org.disclosurerollup.web;

import java.util.Optional;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.history.RunHistory;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunFolders;
import org.disclosurerollup.job.RunProgress;
import org.disclosurerollup.schedule.ScheduledRunLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The year page: status of every unit, new files, upload, run now and progress, history, downloads. */
@Controller
@ConditionalOnWebApplication
class YearPageController {

    private final Catalog catalog;
    private final YearStatusReader statuses;
    private final RunHistory history;
    private final OutputFiles outputs;
    private final ExclusiveYearRuns runs;
    private final RunProgress progress;
    private final RunFolders folders;
    private final RollupProperties properties;
    private final ScheduledRunLog scheduledRuns;

    YearPageController(Catalog catalog, YearStatusReader statuses, RunHistory history, OutputFiles outputs,
                       ExclusiveYearRuns runs, RunProgress progress, RunFolders folders, RollupProperties properties,
                       ScheduledRunLog scheduledRuns) {
        this.scheduledRuns = scheduledRuns;
        this.catalog = catalog;
        this.statuses = statuses;
        this.history = history;
        this.outputs = outputs;
        this.runs = runs;
        this.progress = progress;
        this.folders = folders;
        this.properties = properties;
    }

    @GetMapping("/years/{year:\\d{4}}")
    String year(@PathVariable int year, Model model) {
        Optional<Template> template = catalog.templateFor(year);
        if (template.isEmpty()) {
            return "redirect:/years?year=" + year;
        }
        model.addAttribute("year", year);
        model.addAttribute("district", properties.district());
        model.addAttribute("template", template.get().id());
        model.addAttribute("yearFolder", folders.yearInput(year));
        model.addAttribute("maxFileSizeMb", properties.maxFileSize().toMegabytes());
        Optional<YearStatusReader.YearStatus> status = statuses.read(year, properties.district());
        model.addAttribute("status", status.orElse(null));
        model.addAttribute("newFiles", status.map(YearStatusReader.YearStatus::newFiles)
                .orElseGet(() -> statuses.filesSince(year, Optional.empty())));
        model.addAttribute("history", history.of(year, folders.yearOutput(year)));
        model.addAttribute("results", outputs.list(outputs.resultsFolder(year)));
        model.addAttribute("templates", outputs.list(outputs.templatesFolder(year)));
        model.addAttribute("notices", outputs.list(outputs.noticesFolder(year)));
        model.addAttribute("templateCommand", templateCommand(year));
        model.addAttribute("progress", RunController.view(year, runs, progress));
        model.addAttribute("scheduledRun", scheduledRuns.latest().filter(run -> run.year() == year).orElse(null));
        return "year";
    }

    /** The command that writes this console's blank templates: to its output folder, from its register. */
    private String templateCommand(int year) {
        return "bin/rollup template --year " + year + " --output " + folders.output()
                + " --units " + folders.unitsFile();
    }
}
