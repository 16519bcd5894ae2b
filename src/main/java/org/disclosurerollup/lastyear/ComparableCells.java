package org.disclosurerollup.lastyear;

import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;

/**
 * Which cells of this year's template can be set against last year's: a cell whose code last year's template has with
 * the same row and column labels (every value cell when the template is the same), then the approximate matches of the
 * crosswalk, labelled as such.
 */
public final class ComparableCells {

    static final String APPROXIMATE = "口径近似，仅供参考";

    private ComparableCells() {
    }

    static List<Pairing> between(Template last, Template current, Crosswalk crosswalk) {
        List<Pairing> pairings = new ArrayList<>();
        for (CatalogCell cell : current.valueCells()) {
            if (sameCellIn(last, cell)) {
                pairings.add(new Pairing(TableNames.table(current, cell.table()), cell.rowLabel(), cell.colLabel(),
                        cell.code(), List.of(cell.code()), List.of(cell.code()), cell.isAmount(), ""));
            }
        }
        for (CrosswalkLine line : crosswalk.between(last.id(), current.id())) {
            List<CatalogCell> cells = line.toCodes().stream().map(code -> cellOf(current, code)).toList();
            line.fromCodes().forEach(code -> cellOf(last, code));
            List<String> columns = cells.stream().map(CatalogCell::colLabel).distinct().toList();
            pairings.add(new Pairing(TableNames.table(current, cells.get(0).table()), line.label(),
                    columns.size() == 1 ? columns.get(0) : "",
                    String.join("+", line.toCodes()) + "（上年 " + String.join("+", line.fromCodes()) + "）",
                    line.toCodes(), line.fromCodes(), cells.get(0).isAmount(),
                    line.note().isEmpty() ? APPROXIMATE : APPROXIMATE + "：" + line.note()));
        }
        return pairings;
    }

    /** Last year's template has this cell: its code with the same row and column labels, carrying a value. */
    public static boolean sameCellIn(Template last, CatalogCell cell) {
        return last.cell(cell.code()).filter(CatalogCell::carriesValue)
                .filter(before -> before.rowLabel().equals(cell.rowLabel()) && before.colLabel().equals(cell.colLabel()))
                .isPresent();
    }

    private static CatalogCell cellOf(Template template, String code) {
        CatalogCell cell = template.cell(code).orElse(null);
        if (cell == null || !cell.carriesValue()) {
            throw new IllegalStateException("domain/crosswalk.csv：代码 " + code + " 不是 " + template.id()
                    + " 中有数值的单元格");
        }
        return cell;
    }
}
