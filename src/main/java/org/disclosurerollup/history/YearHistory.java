package org.disclosurerollup.history;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The runs of a year, newest first, and what the year's output folder holds.
 *
 * @param outputFolder the year's output folder ({@code <output>/<year>})
 * @param published    the run whose results were last written to that folder, null if none was
 */
public record YearHistory(int year, Path outputFolder, List<RunLine> runs, Published published) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The run whose results were last written to the output folder.
     *
     * @param present false when the results are no longer there (folder deleted or moved)
     */
    public record Published(long runId, LocalDateTime at, boolean present) {
    }

    /** The sentence that answers "which figures are in the output folder?". */
    public String outputLine() {
        if (published == null) {
            return "结果文件夹 " + outputFolder + " 中没有本数据文件夹中任何一次运行的结果（还没有完成的运行，"
                    + "或结果输出到了别的文件夹：请用 --output 指定）";
        }
        String when = published.at().format(MINUTES);
        if (!published.present()) {
            return "结果文件夹 " + outputFolder + " 中没有结果文件（运行 #" + published.runId() + " 的结果于 " + when
                    + " 输出后被删除或移走）：再运行 run --year " + year + " 即重新输出";
        }
        return "结果文件夹 " + outputFolder + " 中的是运行 #" + published.runId() + " 的结果，" + when + " 输出";
    }
}
