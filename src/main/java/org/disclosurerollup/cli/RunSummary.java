package org.disclosurerollup.cli;

import java.io.PrintWriter;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.export.YearOutputWriter;
import org.disclosurerollup.job.RunOutcome;

/** The short end-of-run summary printed for the clerk. */
final class RunSummary {

    private final PrintWriter out;
    private final PrintWriter err;
    private final String district;

    RunSummary(PrintWriter out, PrintWriter err, String district) {
        this.out = out;
        this.err = err;
        this.district = district;
    }

    void print(RunOutcome outcome) {
        String title = district + " " + outcome.year() + "年度（" + outcome.template() + "）";
        if (outcome.notice() != null) {
            out.println(title + "：" + outcome.notice());
        }
        if (!outcome.completed()) {
            boolean saysWhatToDo = outcome.failure().contains("重新运行");
            err.println(title + "：运行 #" + outcome.runId() + " 失败：" + outcome.failure()
                    + (saysWhatToDo ? "。" : "。问题解决后重新运行同一命令，将从中断处继续。"));
            return;
        }
        if (!outcome.unchanged()) {
            out.println(title + "：汇总完成（运行 #" + outcome.runId() + "）");
        } else if (outcome.republished()) {
            out.println(title + "：输入与运行 #" + outcome.runId() + " 相同，未重新汇总，已按其结果重新输出（no change since run "
                    + outcome.runId() + "; its outputs were written again）");
        } else {
            out.println(title + "：输入自运行 #" + outcome.runId() + " 以来没有变化，未重新汇总（no change since run "
                    + outcome.runId() + "）");
        }
        ExportModel.Counts c = outcome.counts();
        if (c != null) {
            c.summaryLines().forEach(line -> out.println("  " + line));
        }
        out.println("  结果：" + outcome.outputFolder().resolve(YearOutputWriter.workbookName(district, outcome.year())));
        out.println("        " + outcome.outputFolder().resolve("totals.csv") + "、rejected-rows.csv、submissions.csv");
        out.println("  年度报告草稿：" + outcome.outputFolder().resolve(YearOutputWriter.reportName(district, outcome.year())));
    }
}
