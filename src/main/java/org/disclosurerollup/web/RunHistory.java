package org.disclosurerollup.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurerollup.export.CountsContext;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.job.YearEndJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/** A year's runs, newest first, from the Spring Batch job executions (one line per start or restart). */
final class RunHistory {

    private static final int INSTANCES_LOOKED_AT = 500;

    record Line(long runId, long executionId, LocalDateTime startedAt, LocalDateTime endedAt, String status,
                ExportModel.Counts counts) {
    }

    private final JobRepository jobs;

    RunHistory(JobRepository jobs) {
        this.jobs = jobs;
    }

    List<Line> of(int year) {
        List<Line> lines = new ArrayList<>();
        for (JobInstance instance : jobs.getJobInstances(YearEndJobConfiguration.JOB_NAME, 0, INSTANCES_LOOKED_AT)) {
            for (JobExecution execution : jobs.getJobExecutions(instance)) {
                Long executionYear = execution.getJobParameters().getLong("year");
                if (executionYear != null && executionYear == year) {
                    lines.add(new Line(instance.getInstanceId(), execution.getId(), execution.getStartTime(),
                            execution.getEndTime(), label(execution.getStatus()),
                            CountsContext.read(execution.getExecutionContext())));
                }
            }
        }
        lines.sort(Comparator.comparing(Line::executionId).reversed());
        return lines;
    }

    static String label(BatchStatus status) {
        switch (status) {
            case COMPLETED:
                return "完成";
            case FAILED:
                return "失败（重新运行即从中断处继续）";
            case STARTED:
            case STARTING:
                return "运行中";
            case STOPPED:
            case STOPPING:
                return "已停止";
            case ABANDONED:
                return "已放弃";
            default:
                return status.name();
        }
    }
}
