/**
 * Last year's accepted data: which completed run of the year before a run compares with, the checks across years
 * (上年结转 against last year's 结转下年度, a submission identical to last year's) and the 同比 comparison of the totals.
 */
package org.disclosurerollup.lastyear;
