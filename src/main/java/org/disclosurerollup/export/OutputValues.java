package org.disclosurerollup.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.disclosurerollup.catalog.CatalogCell;

/** How totals are looked up, rounded and named in every output, so the CSVs and the workbook agree. */
final class OutputValues {

    static final int AMOUNT_SCALE = 2;

    private OutputValues() {
    }

    static BigDecimal total(ExportModel model, String scope, String code) {
        Map<String, BigDecimal> byCode = model.totals().get(scope);
        BigDecimal value = byCode == null ? null : byCode.get(code);
        if (value == null) {
            throw new IllegalStateException("导出数据缺少合计值：范围 " + scope + "，代码 " + code);
        }
        return value;
    }

    /** 万元 amounts are rounded once, half-up, to two places; counts are shown as they are. */
    static BigDecimal shown(CatalogCell cell, BigDecimal value) {
        return cell.isAmount() ? value.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP) : value;
    }

    /** Plain digits for counts ({@code 90}, {@code -3}), exactly two decimals for amounts ({@code 1.28}). */
    static String text(CatalogCell cell, BigDecimal value) {
        return cell.isAmount() ? shown(cell, value).toPlainString() : value.stripTrailingZeros().toPlainString();
    }

    /** A person's name for a cell: its row label, and for a matrix cell its column label. */
    static String indicator(CatalogCell cell) {
        return cell.isMatrixCell() ? cell.rowLabel() + " · " + cell.colLabel() : cell.rowLabel();
    }
}
