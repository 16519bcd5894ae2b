/**
 * A submission as the database keeps it: one unit's checked rows in one file, with its status, its row counts and its
 * figures ({@link org.disclosurerollup.submission.Figures}) in one row of table {@code submission}.
 */
package org.disclosurerollup.submission;
