/** Finding a year's files, identifying them (SHA-256, encoding, what the name says) and fingerprinting the input of a run. */
package org.disclosurerollup.intake;
