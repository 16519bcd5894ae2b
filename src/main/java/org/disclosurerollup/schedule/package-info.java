/** Scheduled runs of the year-end job while the console serves ({@code rollup.schedule.*}). */
package org.disclosurerollup.schedule;
