/** Values and rules to problems: row checks with reason codes, then each submission against its template's rules. */
package org.disclosurerollup.checking;
