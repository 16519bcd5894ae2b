package org.disclosurerollup.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.disclosurerollup.catalog.LinearSum;
import org.disclosurerollup.catalog.Rule;

/**
 * The Excel formulas of the {@value FillInTemplate#SELF_CHECK_SHEET} sheet, made from a template's rules alone. Values
 * are summed as the job sums them: {@code SUM} skips the not-applicable marks ({@code —}, {@code /}…) and blanks, so
 * both count as 0; a total left blank counts as the sum of its parts (the job derives it), through a helper cell per
 * such total. Sums are rounded to {@value #PLACES} places before they are compared, so 万元 decimals compare exactly.
 * Only plain functions (SUM, COUNTA, ISBLANK, IF, ROUND, ABS) that Excel, WPS and LibreOffice share.
 */
final class SelfCheckFormulas {

    static final String PASSED = "通过";
    static final String PASSED_DERIVED = "通过（总计未填，汇总时按各项之和计）";
    static final String BROKEN = "不符：";
    private static final int PLACES = 6;

    private final Map<String, String> inputs;
    /** A total left blank → the rule it is derived by; only totals whose parts do not lead back to them. */
    private final Map<String, Rule> derivations = new LinkedHashMap<>();
    private final Map<String, String> derivedCells = new LinkedHashMap<>();

    /**
     * @param rules           the rules that apply to the unit, in catalog order
     * @param inputs          each code's input cell, a reference with its sheet ({@code '统计表'!$F$24})
     * @param totalsColumn    the column of this sheet that holds the derived totals (0-based)
     * @param firstTotalsRow  the row of the first derived total (0-based), one total a row below it
     */
    SelfCheckFormulas(List<Rule> rules, Map<String, String> inputs, int totalsColumn, int firstTotalsRow) {
        this.inputs = Map.copyOf(inputs);
        for (Rule rule : rules) {
            rule.definedTotal().filter(total -> !derivations.containsKey(total))
                    .filter(total -> rule.right().codes().stream().noneMatch(part -> leadsTo(part, total)))
                    .ifPresent(total -> derivations.put(total, rule));
        }
        int row = firstTotalsRow;
        for (String total : derivations.keySet()) {
            derivedCells.put(total, new CellReference(row++, totalsColumn, true, true).formatAsString());
        }
    }

    /** The totals that get a helper cell, in the order of their rows. */
    List<String> derivedTotals() {
        return List.copyOf(derivedCells.keySet());
    }

    /** {@code IF(ISBLANK('统计表'!$J$24),SUM(parts…),SUM('统计表'!$J$24))}: the value a total counts with. */
    String derivedTotal(String total) {
        String input = input(total);
        return "IF(ISBLANK(" + input + ")," + sum(derivations.get(total).right()) + ",SUM(" + input + "))";
    }

    /** {@code ROUND(SUM(…),6)}: one side of a rule. */
    String side(LinearSum side) {
        return "ROUND(" + sum(side) + "," + PLACES + ")";
    }

    /** {@code COUNTA(…)}: how many of the rule's input cells hold something (a number or a not-applicable mark). */
    String filled(Rule rule) {
        return "COUNTA(" + String.join(",", codes(rule).stream().map(this::input).toList()) + ")";
    }

    /**
     * The rule's status from the cells holding its two sides and its filled count: blank while nothing is filled,
     * {@code 通过}, or {@code 不符：左边 12，右边 10，差 2}.
     */
    String status(Rule rule, String left, String right, String filled) {
        String holds = left + switch (rule.comparison()) {
            case EQUAL -> "=";
            case AT_MOST -> "<=";
            case AT_LEAST -> ">=";
        } + right;
        String passed = quoted(PASSED);
        String total = rule.definedTotal().orElse(null);
        if (total != null && derivations.get(total) == rule) {
            passed = "IF(ISBLANK(" + input(total) + ")," + quoted(PASSED_DERIVED) + "," + passed + ")";
        }
        return "IF(" + filled + "=0,\"\",IF(" + holds + "," + passed + "," + quoted(BROKEN + "左边 ") + "&" + left
                + "&\"，右边 \"&" + right + "&\"，差 \"&ROUND(ABS(" + left + "-" + right + ")," + PLACES + ")))";
    }

    /** The input cells a rule reads, each once, in the order of the expression. */
    static List<String> codes(Rule rule) {
        Set<String> codes = new LinkedHashSet<>(rule.left().codes());
        codes.addAll(rule.right().codes());
        return List.copyOf(codes);
    }

    private String sum(LinearSum side) {
        List<String> terms = new ArrayList<>();
        for (LinearSum.Term term : side.terms()) {
            terms.add(term.isCell() ? valueOf(term.code()) : term.constant().toPlainString());
        }
        return "SUM(" + String.join(",", terms) + ")";
    }

    private String valueOf(String code) {
        return derivedCells.getOrDefault(code, input(code));
    }

    private String input(String code) {
        String input = inputs.get(code);
        if (input == null) {
            throw new IllegalArgumentException("规则中的代码 " + code + " 在统计表中没有可填写的单元格");
        }
        return input;
    }

    /** Whether a total's derivation would read {@code target}, through the derivations chosen so far. */
    private boolean leadsTo(String code, String target) {
        return leadsTo(code, target, new HashSet<>());
    }

    private boolean leadsTo(String code, String target, Set<String> seen) {
        if (code.equals(target)) {
            return true;
        }
        Rule rule = derivations.get(code);
        return rule != null && seen.add(code)
                && rule.right().codes().stream().anyMatch(part -> leadsTo(part, target, seen));
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
