package org.disclosurerollup.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.submission.Gaps;

/**
 * The notes under the sheets' titles that the totals lack units (missing or rejected) or some units' rejected rows; empty
 * when they lack none.
 */
final class CompletenessNotes {

    private CompletenessNotes() {
    }

    /** {@code 本表不含未报送或被退回的 2 个单位：未报送的甲镇，被退回的乙局（见“报送情况”）} */
    static String ofTotals(Gaps gaps) {
        return gaps.complete() ? "" : "本表" + gaps.lacking() + "（见“报送情况”）";
    }

    /** This year's and last year's gaps, and that a change may come from them rather than from the work. */
    static String ofYearOnYear(int year, Gaps thisYear, int lastYear, Optional<Gaps> lastYearGaps) {
        List<String> parts = new ArrayList<>();
        if (!thisYear.complete()) {
            parts.add("本年（" + year + "年）的数" + thisYear.lacking() + "（见“报送情况”）");
        }
        lastYearGaps.filter(gaps -> !gaps.complete())
                .ifPresent(gaps -> parts.add("上年（" + lastYear + "年）的数" + gaps.lacking()));
        boolean rowsLacking = thisYear.partial() > 0 || lastYearGaps.map(Gaps::partial).orElse(0) > 0;
        return parts.isEmpty() ? "" : String.join("；", parts) + "。增减可能来自缺少的" + (rowsLacking ? "单位或数字" : "单位")
                + "，而不是工作本身的变化";
    }
}
