package org.disclosurerollup.cli;

/** The exit status of the contract. */
final class ExitStatus {
    /** The job completed (rejected rows or submissions do not make it fail). */
    static final int COMPLETED = 0;
    /** The job failed; it can be re-run and resumes. */
    static final int FAILED = 1;
    /** Bad usage or configuration. */
    static final int USAGE = 2;

    private ExitStatus() {
    }
}
