package org.disclosurerollup.checking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Comparison;
import org.disclosurerollup.catalog.LinearSum;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.submission.CellValue;

/**
 * Messages for broken rules that show the numbers, e.g.
 * {@code 四坝镇 · 表三“自然人”列：本年新收加上年结转之和应等于…：A01@NP(3)+A02@NP(0)=3，A03_7@NP(2)+A04@NP(0)=2，差额1}.
 */
final class RuleMessages {

    private static final int ALL_TERMS_UP_TO = 6;

    private RuleMessages() {
    }

    static String broken(String unitName, Rule.Outcome outcome, Map<String, CellValue> cells) {
        Rule rule = outcome.rule();
        String left = side(rule.left(), outcome.left(), cells);
        String right = side(rule.right(), outcome.right(), cells);
        String relation = rule.comparison() == Comparison.EQUAL
                ? left + "，" + right + "，差额" + plain(outcome.difference().abs())
                : left + (rule.comparison() == Comparison.AT_MOST ? "，大于" : "，小于") + right;
        return unitName + " · " + rule.message() + "：" + relation;
    }

    /** {@code cellRef}: the blank cell of an Excel file, named so the clerk finds it; null or empty when unknown. */
    static String derived(String unitName, SubmissionRules.DerivedTotal total, CatalogCell cell, String cellRef) {
        String where = cellRef == null || cellRef.isEmpty() ? "" : "在单元格" + cellRef;
        return unitName + " · " + total.code() + "（" + shortLabel(cell) + "）未填写，已按" + total.rule().id()
                + "由各分项之和计为" + plain(total.value()) + "：如有误请" + where + "补填合计数";
    }

    /** The last segment of the row label, and of the column label for a matrix cell: {@code （七）总计·自然人}. */
    static String shortLabel(CatalogCell cell) {
        String row = cell.rowLabel().substring(cell.rowLabel().lastIndexOf('/') + 1);
        return cell.isMatrixCell() ? row + "·" + cell.colLabel().substring(cell.colLabel().lastIndexOf('/') + 1) : row;
    }

    private static String side(LinearSum sum, BigDecimal value, Map<String, CellValue> cells) {
        List<LinearSum.Term> shown = sum.terms().size() <= ALL_TERMS_UP_TO ? sum.terms()
                : sum.terms().stream().filter(term -> !term.isCell() || valueOf(cells, term.code()).signum() != 0).toList();
        String terms = shown.stream().map(term -> term.isCell()
                        ? term.code() + "(" + plain(valueOf(cells, term.code())) + ")" : plain(term.constant()))
                .collect(Collectors.joining("+"));
        if (shown.size() < sum.terms().size()) {
            terms = (terms.isEmpty() ? "" : terms + "+") + "其余" + (sum.terms().size() - shown.size()) + "项(0)";
        }
        return shown.size() == 1 && sum.terms().size() == 1 ? terms : terms + "=" + plain(value);
    }

    private static BigDecimal valueOf(Map<String, CellValue> cells, String code) {
        return SubmissionRules.valueOf(cells, code);
    }

    static String plain(BigDecimal value) {
        return CellValue.plain(value).toPlainString();
    }
}
