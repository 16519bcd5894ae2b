package org.disclosurerollup.cli;

import java.util.concurrent.CountDownLatch;

/**
 * What {@code run} does when the JVM is asked to shut down (SIGTERM, Ctrl-C): asks the running job to stop at its next
 * commit, waits until the command has finished (job STOPPED, database and year lock released, its line printed), then
 * ends the JVM with the command's exit status rather than the signal's.
 */
final class StopOnShutdown extends Thread {

    private final CountDownLatch commandEnded = new CountDownLatch(1);
    private volatile Runnable stopJobs = () -> { };
    private volatile boolean requested;
    private volatile int exitStatus = ExitStatus.FAILED;

    private StopOnShutdown() {
        super("stop-on-shutdown");
    }

    static StopOnShutdown install() {
        StopOnShutdown hook = new StopOnShutdown();
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** What stops the running jobs; called at once if a shutdown has already been asked for. */
    void stopJobsWith(Runnable stop) {
        stopJobs = stop;
        if (requested) {
            stop.run();
        }
    }

    boolean requested() {
        return requested;
    }

    @Override
    public void run() {
        requested = true;
        stopJobs.run();
        try {
            commandEnded.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(exitStatus);
    }

    /** The command is done: outside a shutdown the hook goes; during one, the JVM ends with {@code status}. */
    void commandEnded(int status) {
        exitStatus = status;
        try {
            Runtime.getRuntime().removeShutdownHook(this);
        } catch (IllegalStateException shutdownUnderWay) {
            // the hook is running or about to: it ends the JVM with this status
        }
        commandEnded.countDown();
    }
}
