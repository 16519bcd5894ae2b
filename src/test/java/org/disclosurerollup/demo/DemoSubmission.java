package org.disclosurerollup.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;

/** One unit's figures as long-layout rows, in printed order, with the edits that make a demo file interesting. */
final class DemoSubmission {

    private final String unit;
    private final String year;
    private final List<LongRow> rows = new ArrayList<>();

    private DemoSubmission(String unit, int year) {
        this.unit = unit;
        this.year = String.valueOf(year);
    }

    /** The unit's name as the register has it (the rows may write it otherwise, see {@link #unitWrittenAs}). */
    String unit() {
        return unit;
    }

    static DemoSubmission of(String unit, int year, Template template, Map<String, BigDecimal> values) {
        DemoSubmission submission = new DemoSubmission(unit, year);
        for (CatalogCell cell : template.valueCells()) {
            submission.rows.add(new LongRow(unit, submission.year, cell.code(), IndicatorNames.of(cell),
                    plain(values.get(cell.code()), cell)));
        }
        return submission;
    }

    /** A value as a spreadsheet shows it: {@code 0}, {@code 12}, {@code 1.27} (万元 with two places). */
    static String plain(BigDecimal value, CatalogCell cell) {
        if (value.signum() == 0) {
            return "0";
        }
        return cell.isAmount() ? value.setScale(2).toPlainString() : value.toPlainString();
    }

    /** Writes the code's value as this text instead. */
    DemoSubmission value(String code, String text) {
        return edit(code, row -> row.withValue(text));
    }

    /** Gives the code's row another year. */
    DemoSubmission year(String code, String otherYear) {
        return edit(code, row -> row.withYear(otherYear));
    }

    /** Writes the unit's name in every row as this text, e.g. with affixes ({@code 凉州区武南镇}). */
    DemoSubmission unitWrittenAs(String text) {
        rows.replaceAll(row -> new LongRow(text, row.year(), row.code(), row.indicator(), row.value()));
        return this;
    }

    /** Repeats the code's row right below it, with another value. */
    DemoSubmission repeat(String code, String otherValue) {
        int index = indexOf(code);
        rows.add(index + 1, rows.get(index).withValue(otherValue));
        return this;
    }

    /** Adds a row at the end. */
    DemoSubmission extraRow(String code, String indicator, String value) {
        rows.add(new LongRow(rows.get(rows.size() - 1).unit(), year, code, indicator, value));
        return this;
    }

    List<LongRow> rows() {
        return List.copyOf(rows);
    }

    private DemoSubmission edit(String code, UnaryOperator<LongRow> change) {
        int index = indexOf(code);
        rows.set(index, change.apply(rows.get(index)));
        return this;
    }

    private int indexOf(String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(unit + " 的数据中没有代码 " + code);
    }
}
