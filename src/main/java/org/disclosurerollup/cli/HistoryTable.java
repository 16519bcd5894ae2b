package org.disclosurerollup.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.history.RunLine;
import org.disclosurerollup.history.YearHistory;

/** A year's run history as a table for the terminal: a title, one line per run, newest first, and what is published. */
final class HistoryTable {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String UNKNOWN = "-";
    private static final List<String> HEADER = List.of("运行", "状态", "开始", "结束", "用时", "启动次数", "文件", "读取行",
            "采用行", "退回行", "输入指纹", "输入文件夹", "在结果文件夹中");
    private static final int FIRST_NUMBER_COLUMN = 5;
    private static final int LAST_NUMBER_COLUMN = 9;

    private HistoryTable() {
    }

    static List<String> lines(String district, YearHistory history) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RunLine run : history.runs()) {
            ExportModel.Counts counts = run.counts();
            rows.add(List.of("#" + run.runId(), run.statusLabel(), time(run.firstStart()), time(run.lastEnd()),
                    duration(run.duration()), Integer.toString(run.starts()),
                    counts == null ? UNKNOWN : Integer.toString(counts.files()),
                    counts == null ? UNKNOWN : Long.toString(counts.rowsRead()),
                    counts == null ? UNKNOWN : Long.toString(counts.rowsAccepted()),
                    counts == null ? UNKNOWN : Long.toString(counts.rowsRejected()),
                    run.shortFingerprint(), run.inputFolder(), run.published() ? "是" : ""));
        }
        List<String> lines = new ArrayList<>();
        lines.add(district + " " + history.year() + "年度 运行记录（" + history.runs().size() + " 次运行，最新的在前）");
        lines.addAll(TextColumns.align(rows, FIRST_NUMBER_COLUMN, LAST_NUMBER_COLUMN));
        lines.add(history.outputLine());
        return lines;
    }

    static String time(LocalDateTime time) {
        return time == null ? UNKNOWN : time.format(SECONDS);
    }

    /** 45秒, 3分05秒, 1小时02分. */
    static String duration(Duration duration) {
        if (duration == null) {
            return UNKNOWN;
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "秒";
        }
        if (seconds < 3600) {
            return String.format("%d分%02d秒", seconds / 60, seconds % 60);
        }
        return String.format("%d小时%02d分", seconds / 3600, seconds % 3600 / 60);
    }
}
