/**
 * The draft of the area's annual report (政府信息公开工作年度报告): the official outline of the year's template, the
 * official tables and sentences filled from the whole-area totals, marked places for what only a person can write, a
 * chart, and an appendix of the figures to check before publishing ({@link
 * org.disclosurerollup.report.FiguresToVerify}). Rendered from figures handed in; it reads no database.
 */
package org.disclosurerollup.report;
