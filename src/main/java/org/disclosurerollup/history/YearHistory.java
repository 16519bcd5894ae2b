package org.disclosurerollup.history;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The runs of a year, newest first, and what the year's output folder holds.
 *
 * @param outputFolder the year's output folder ({@code <output>/<year>})
 * @param published    the run of this data folder whose results were last written to that folder, null if none was
 * @param contents     what that folder holds now
 */
public record YearHistory(int year, Path outputFolder, List<RunLine> runs, Published published, Contents contents) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The run of this data folder whose results were last written to the output folder. */
    public record Published(long runId, LocalDateTime at) {
    }

    /** What the output folder holds now. */
    public enum Contents {
        /** the results of the {@link Published} run */
        PUBLISHED_RUN,
        /** results that another data folder (database) wrote, or another run than the published one */
        OTHER_RESULTS,
        /** no results: none written yet, or deleted or moved */
        NO_RESULTS
    }

    /** The sentence that answers "which figures are in the output folder?". */
    public String outputLine() {
        String folder = "结果文件夹 " + outputFolder;
        if (contents == Contents.PUBLISHED_RUN) {
            return folder + " 中的是运行 #" + published.runId() + " 的结果，" + when() + " 输出";
        }
        if (contents == Contents.OTHER_RESULTS) {
            String others = folder + " 中的结果不是本数据文件夹中任何一次运行写入的（是另一个数据文件夹（数据库）写入的，或结果文件夹是复制来的、缺少隐藏文件 .disclosure-rollup-origin）；";
            return published == null ? others + "本数据文件夹还没有向这里输出过结果"
                    : others + "本数据文件夹最近一次输出是运行 #" + published.runId() + "，" + when();
        }
        if (published == null) {
            return folder + " 中没有本数据文件夹中任何一次运行的结果（还没有完成的运行，"
                    + "或结果输出到了别的文件夹：请用 --output 指定）";
        }
        return folder + " 中没有结果文件（运行 #" + published.runId() + " 的结果于 " + when()
                + " 输出后被删除或移走）：再运行 run --year " + year + " 即重新输出";
    }

    private String when() {
        return published.at().format(MINUTES);
    }
}
