/**
 * The run history of a year (issue 4, housekeeping): every run kept in the database, its starts and restarts, its
 * figures and input fingerprint, and which run's results the output folder holds now — what the {@code history}
 * command and the console's year page show, so a clerk can answer "which figures did we send?".
 */
package org.disclosurerollup.history;
