package org.disclosurerollup.job;

/** A run of the year is already going elsewhere; this one was refused before it touched anything. */
public class YearBusyException extends RuntimeException {

    YearBusyException(String message) {
        super(message);
    }
}
