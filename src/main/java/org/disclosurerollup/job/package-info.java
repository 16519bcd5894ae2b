/** The year-end job: its one configuration, its parameters (year and input fingerprint) and running it from start, restart or not at all. */
package org.disclosurerollup.job;
