package org.disclosurerollup.report;

import java.util.List;
import org.disclosurerollup.catalog.CatalogCell;

/**
 * A figure the report states: one value cell, or a named sum of cells of one template ({@code report-figures.csv}).
 *
 * @param verify whether {@link FiguresToVerify} watches it unit by unit
 */
record Figure(String name, List<CatalogCell> cells, boolean verify) {

    Figure {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("数字“" + name + "”没有单元格");
        }
    }

    static Figure of(CatalogCell cell) {
        return new Figure(cell.code(), List.of(cell), false);
    }

    boolean amount() {
        return cells.get(0).isAmount();
    }

    String unit() {
        return cells.get(0).unit();
    }

    List<String> codes() {
        return cells.stream().map(CatalogCell::code).toList();
    }

    /** {@code 新收申请（A01@TT）}, {@code A01@NP}: how the appendix names it. */
    String label() {
        String codes = String.join("+", codes());
        return name.equals(codes) ? name : name + "（" + codes + "）";
    }
}
