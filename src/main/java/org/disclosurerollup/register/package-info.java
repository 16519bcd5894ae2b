/** The register of reporting units by year, and matching the names people write to its units. */
package org.disclosurerollup.register;
