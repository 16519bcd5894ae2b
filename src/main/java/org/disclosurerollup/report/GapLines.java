package org.disclosurerollup.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.submission.Gaps;

/**
 * The first lines of the appendix 发布前请核对的数字 when the totals lack units: each unit missing or rejected, each unit
 * counted without its rejected rows, each lower area whose own total lacks units, and what last year's totals lacked
 * (the changes on last year rest on them).
 */
final class GapLines {

    static final String ALL_FIGURES = "全部数字";
    static final String PART_OF_THE_FIGURES = "部分数字";

    private GapLines() {
    }

    static List<VerifyLine> of(int year, Gaps gaps, Optional<Gaps> lastYear) {
        List<VerifyLine> lines = new ArrayList<>();
        gaps.missingNames().forEach(unit -> lines.add(new VerifyLine(unit, ALL_FIGURES, "未报送", "",
                "未收到报表，" + year + "年汇总数不含该单位：请督促报送后重新汇总，或在报告中说明")));
        gaps.rejectedNames().forEach(unit -> lines.add(new VerifyLine(unit, ALL_FIGURES, "被退回", "",
                "报表被退回（见汇总工作簿的“问题清单”），" + year + "年汇总数不含该单位：请督促更正后重新汇总，或在报告中说明")));
        int unnamed = gaps.units() - gaps.missingNames().size() - gaps.rejectedNames().size();
        if (unnamed > 0) {
            lines.add(new VerifyLine("另有 " + unnamed + " 个单位", ALL_FIGURES, "未报送或被退回", "",
                    "见汇总工作簿的“报送情况”；" + year + "年汇总数不含这些单位"));
        }
        gaps.partialUnits().forEach(unit -> lines.add(new VerifyLine(unit.unit(), PART_OF_THE_FIGURES,
                "退回 " + unit.rowsRejected() + " 行", "", "这些行的数字未计入" + year + "年汇总数（见汇总工作簿的“问题清单”）："
                + "请督促更正后重新汇总，或在报告中说明")));
        int partialUnnamed = gaps.partial() - gaps.partialUnits().size();
        if (partialUnnamed > 0) {
            lines.add(new VerifyLine("另有 " + partialUnnamed + " 个单位", PART_OF_THE_FIGURES, "部分行被退回", "",
                    "见汇总工作簿的“问题清单”；" + year + "年汇总数不含这些行的数字"));
        }
        gaps.areas().forEach(area -> lines.add(new VerifyLine(area.area(), ALL_FIGURES, "汇总不全", area.gaps(),
                "该地区的汇总不含这些单位：请督促补报或更正，由该地区重新汇总后再报送汇总表")));
        lastYear.filter(last -> !last.complete()).ifPresent(last -> lines.add(new VerifyLine(
                "上年（" + (year - 1) + "年）汇总", ALL_FIGURES, "", last.lacking(),
                "上年汇总数不含这些单位，文中与上年的比较可能因此不准")));
        return lines;
    }
}
