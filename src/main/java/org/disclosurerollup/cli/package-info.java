/** The command line: commands, options, exit status and the end-of-run summary. */
package org.disclosurerollup.cli;
