package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.submission.Gaps;

/**
 * Everything the draft of an area's annual report is written from.
 *
 * @param area           the area as its report names it: {@code 凉州区}, {@code 武威市}
 * @param wholeAreaLabel the whole area in prose: {@code 全区}, {@code 全县}, {@code 全市}, {@code 全省}
 * @param compiledFrom   whose reports the totals sum, as people say it, e.g. {@code 区政府及区直各部门},
 *                       {@code 各乡镇（街道）}; joined into the opening paragraph
 * @param totals         this year's whole-area totals: code of {@code template} → exact sum (万元 not yet rounded)
 * @param lastYear       last year's whole-area totals when last year's completed run exists
 * @param history        earlier years for the chart of the last years, in any order; may be empty
 * @param toVerify       the lines of the appendix 发布前请核对的数字, in order
 * @param gaps           what this year's whole-area totals lack (units missing or rejected, incomplete lower areas)
 * @param lastYearGaps   what last year's whole-area totals lacked, when there is a last year
 */
public record ReportInput(String area, String wholeAreaLabel, int year, Template template, List<String> compiledFrom,
                          Map<String, BigDecimal> totals, Optional<YearTotals> lastYear, List<YearTotals> history,
                          List<VerifyLine> toVerify, Gaps gaps, Optional<Gaps> lastYearGaps) {

    public ReportInput {
        compiledFrom = List.copyOf(compiledFrom);
        totals = Map.copyOf(totals);
        history = List.copyOf(history);
        toVerify = List.copyOf(toVerify);
    }

    /** Totals that lack nothing, this year and last. */
    public ReportInput(String area, String wholeAreaLabel, int year, Template template, List<String> compiledFrom,
                       Map<String, BigDecimal> totals, Optional<YearTotals> lastYear, List<YearTotals> history,
                       List<VerifyLine> toVerify) {
        this(area, wholeAreaLabel, year, template, compiledFrom, totals, lastYear, history, toVerify, Gaps.NONE,
                lastYear.map(last -> Gaps.NONE));
    }

    YearTotals thisYear() {
        return new YearTotals(year, template, totals);
    }
}
