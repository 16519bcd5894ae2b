package org.disclosurerollup.web;

import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.job.ExclusiveYearRuns;
import org.disclosurerollup.job.RunOutcome;

/** The end-of-run summary as the year page shows it (the same facts as the command line's). */
final class RunSummaryLines {

    private RunSummaryLines() {
    }

    static List<String> of(ExclusiveYearRuns.Ended ended) {
        List<String> lines = new ArrayList<>();
        if (ended.problem() != null) {
            lines.add(ended.problem());
            return lines;
        }
        RunOutcome outcome = ended.outcome();
        if (!outcome.completed()) {
            lines.add("运行 #" + outcome.runId() + " 失败：" + outcome.failure() + "。问题解决后再点“立即汇总”，将从中断处继续。");
            return lines;
        }
        if (!outcome.unchanged()) {
            lines.add("汇总完成（运行 #" + outcome.runId() + "，" + outcome.template() + "）");
        } else if (outcome.republished()) {
            lines.add("输入与运行 #" + outcome.runId() + " 相同，未重新汇总，已按其结果重新输出");
        } else {
            lines.add("输入自运行 #" + outcome.runId() + " 以来没有变化，未重新汇总");
        }
        ExportModel.Counts c = outcome.counts();
        if (c != null) {
            lines.addAll(c.summaryLines());
        }
        return lines;
    }
}
