package org.disclosurerollup.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.catalog.TemplateTable;
import org.disclosurerollup.submission.Gaps;
import org.disclosurerollup.report.ReportDomain.OutlineLine;

/**
 * The variables of the report's texts: {@code {area}}, {@code {year}}, {@code {whole}} (全区), {@code {sources}} (whose
 * reports were summed), {@code {parts}} (the names of the report's parts), {@code {comparison}} (what the changes
 * on last year rest on, for the draft's note) and {@code {gaps}} (a note that the totals lack units; empty, and its
 * line left out, when they lack none).
 */
final class ReportVariables {

    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、");

    private ReportVariables() {
    }

    static Map<String, String> of(ReportInput input, List<OutlineLine> outline) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("area", input.area());
        variables.put("year", String.valueOf(input.year()));
        variables.put("whole", input.wholeAreaLabel());
        variables.put("sources", joined(input.compiledFrom()));
        variables.put("parts", parts(input.template(), outline));
        variables.put("comparison", comparison(input));
        variables.put("gaps", gaps(input));
        return variables;
    }

    /** Where the totals are first stated: which units they lack, and what to do before publishing. */
    private static String gaps(ReportInput input) {
        if (input.gaps().complete()) {
            return "";
        }
        return "【请注意：" + input.year() + "年" + input.wholeAreaLabel() + "汇总数" + input.gaps().lacking()
                + "。文中数字和表格都不含这些" + (input.gaps().partial() > 0 ? "单位或数字" : "单位")
                + "（见附录）：发布前请督促补报或更正后重新汇总，或在文中说明。】";
    }

    /**
     * What follows a paragraph that states changes on last year when this year's or last year's totals lack units:
     * that a change may come from the units lacking; empty when neither lacks any.
     */
    static String changeCaveat(ReportInput input) {
        List<String> lacking = new ArrayList<>();
        if (!input.gaps().complete()) {
            lacking.add("本年汇总数" + shortly(input.gaps()));
        }
        input.lastYearGaps().filter(gaps -> !gaps.complete()).ifPresent(gaps -> lacking.add("上年汇总数" + shortly(gaps)));
        boolean rowsLacking = input.gaps().partial() > 0 || input.lastYearGaps().map(Gaps::partial).orElse(0) > 0;
        return lacking.isEmpty() ? "" : "【请核对：" + String.join("，", lacking) + "（见附录），与上年相比的增减可能来自缺少的"
                + (rowsLacking ? "单位或数字" : "单位") + "，而不是工作本身的变化。】";
    }

    /** {@code 缺 9 个未报送或被退回的单位}, {@code 有 2 个单位的部分数字未计入}, {@code 所含下级地区的汇总不全}, or some of them. */
    private static String shortly(Gaps gaps) {
        List<String> parts = new ArrayList<>();
        if (gaps.units() > 0) {
            parts.add("缺 " + gaps.units() + " 个未报送或被退回的单位");
        }
        if (gaps.partial() > 0) {
            parts.add("有 " + gaps.partial() + " 个单位的部分数字未计入");
        }
        if (!gaps.areas().isEmpty()) {
            parts.add("所含下级地区的汇总不全");
        }
        return String.join("、", parts);
    }

    /** The names of the report's parts, in order, without their numbering: {@code 总体情况，主动公开政府信息情况，…}. */
    private static String parts(Template template, List<OutlineLine> outline) {
        return outline.stream()
                .filter(line -> line.kind() == OutlineKind.HEADING || line.kind() == OutlineKind.TABLE)
                .map(line -> line.kind() == OutlineKind.HEADING ? line.text()
                        : template.tables().stream().filter(t -> t.table().equals(line.text())).findFirst()
                        .map(TemplateTable::title).orElse(line.text()))
                .map(title -> NUMBERING.matcher(title).replaceFirst(""))
                .collect(Collectors.joining("，"));
    }

    /** What the comparisons with last year in the text rest on, for the draft's note. */
    private static String comparison(ReportInput input) {
        if (input.lastYear().isEmpty()) {
            return "没有上年（" + (input.year() - 1) + "年）已完成的汇总，文中未与上年比较。";
        }
        YearTotals last = input.lastYear().get();
        if (last.template().id().equals(input.template().id())) {
            return "文中与上年的比较依据上年（" + last.year() + "年）的汇总数。";
        }
        return "上年（" + last.year() + "年）用的是" + last.template().title() + "，与本年格式不同，文中只将两种格式中"
                + "代码和行列名称都相同的指标与上年比较。";
    }

    /** {@code 甲}, {@code 甲和乙}, {@code 甲、乙和丙}. */
    private static String joined(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "各单位" : names.get(0);
        }
        return String.join("、", names.subList(0, names.size() - 1)) + "和" + names.get(names.size() - 1);
    }
}
