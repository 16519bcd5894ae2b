/**
 * The outputs of one year: the consolidated workbook and the three CSV files, rendered from an {@link
 * org.disclosurerollup.export.ExportModel} and published into the year's output folder in one move.
 */
package org.disclosurerollup.export;
