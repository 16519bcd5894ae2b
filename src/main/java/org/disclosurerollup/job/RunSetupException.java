package org.disclosurerollup.job;

/** The run cannot start as asked (bad year, missing folder or register): exit status 2, one line for the clerk. */
public class RunSetupException extends RuntimeException {
    public RunSetupException(String message) {
        super(message);
    }
}
