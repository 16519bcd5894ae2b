package org.disclosurerollup.support;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/** The run id of the business tables is the job instance id: a restarted execution keeps writing to the same run. */
public final class RunIds {

    private RunIds() {
    }

    public static long of(StepExecution step) {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }

    public static long of(ChunkContext chunk) {
        return of(chunk.getStepContext().getStepExecution());
    }
}
