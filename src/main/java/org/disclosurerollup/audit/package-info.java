/** The audit log: every problem found in a run (rejected files and rows, broken rules, warnings) with its reason code. */
package org.disclosurerollup.audit;
