package org.disclosurerollup.history;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.disclosurerollup.export.ExportModel;
import org.springframework.batch.core.BatchStatus;

/**
 * One run of a year (a job instance, "运行 #N") with its starts: the first one and every restart.
 *
 * @param status      the status of its last start
 * @param firstStart  when its first start began (null if it never began)
 * @param lastEnd     when its last start ended (null while it runs, or after a crash not yet recovered)
 * @param duration    the time its starts took together (null when one of them has not ended)
 * @param counts      its end figures (null when it did not get as far as the export)
 * @param fingerprint the input fingerprint (SHA-256, hex)
 * @param inputFolder the year folder it read
 * @param published   true when the output folder holds this run's results now
 * @param interrupted the starts that ended without saying how (process killed, database connection lost) and were
 *                    settled by the next start
 * @param redoneAs    for an abandoned run, the run that did the same input again (null if none did yet)
 */
public record RunLine(long runId, BatchStatus status, LocalDateTime firstStart, LocalDateTime lastEnd,
                      Duration duration, int starts, ExportModel.Counts counts, String fingerprint,
                      String inputFolder, boolean published, int interrupted, Long redoneAs) {

    private static final int SHORT_FINGERPRINT = 12;

    /** The first 12 hex digits of the fingerprint: enough to tell two inputs apart at a glance. */
    public String shortFingerprint() {
        return fingerprint.length() <= SHORT_FINGERPRINT ? fingerprint : fingerprint.substring(0, SHORT_FINGERPRINT);
    }

    /** The status in words, saying what to do when something is left to do, and what happened on the way. */
    public String statusLabel() {
        String interruptions = interrupted == 0 ? "" : "中断 " + interrupted + " 次，核对后接续";
        switch (status) {
            case COMPLETED:
                return interrupted == 0 ? "完成" : "完成（" + interruptions + "）";
            case FAILED:
                return "失败（重新运行即从中断处继续" + (interrupted == 0 ? "" : "；" + interruptions) + "）";
            case STARTING:
            case STARTED:
                return "运行中或已中断（中断的重新运行即继续）";
            case STOPPING:
            case STOPPED:
                return "已停止（重新运行即从中断处继续）";
            case ABANDONED:
                return "已放弃（中断后无法确认已保存的进度" + (redoneAs == null ? "" : "，由运行 #" + redoneAs + " 重新汇总") + "）";
            default:
                return "未知（重新运行时核对）";
        }
    }

    /** The status as a stable identifier for scripts: {@code completed}, {@code failed}, {@code started}… */
    public String statusId() {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
