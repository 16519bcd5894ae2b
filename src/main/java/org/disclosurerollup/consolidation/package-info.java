/** Which submission of a unit counts, and the district totals per scope, summed in SQL. */
package org.disclosurerollup.consolidation;
