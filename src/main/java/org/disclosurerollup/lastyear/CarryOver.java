package org.disclosurerollup.lastyear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.Figures;

/**
 * 上年结转 ({@code A02@c}) of each applicant column against the same unit's 结转下年度 ({@code A04@c}) of last year:
 * what was carried over must arrive. The row pairs come from {@code domain/carry-over.csv}, the columns from the
 * catalog (those both templates have); a template without the rows (V2014) is not checked.
 */
final class CarryOver {

    static final String REASON = "carry-over";

    private record Column(CatalogCell carriedIn, CatalogCell carriedOut) {
    }

    private final Template template;
    private final int lastYear;
    private final List<Column> columns = new ArrayList<>();

    CarryOver(List<CarryOverRows> rows, Template template, Template lastTemplate, int lastYear) {
        this.template = template;
        this.lastYear = lastYear;
        for (CarryOverRows pair : rows) {
            for (CatalogCell cell : template.valueCells()) {
                if (cell.rowCode().equals(pair.carriedIn())) {
                    Optional<CatalogCell> out = lastTemplate.cell(pair.carriedOut() + "@" + cell.colCode());
                    out.ifPresent(carriedOut -> columns.add(new Column(cell, carriedOut)));
                }
            }
        }
    }

    List<Finding> check(String unitName, Figures current, Figures last) {
        List<Finding> findings = new ArrayList<>();
        for (Column column : columns) {
            CellValue given = current.cell(column.carriedIn().code());
            BigDecimal carriedIn = given.forSums();
            BigDecimal carriedOut = last.cell(column.carriedOut().code()).forSums();
            if (carriedIn.compareTo(carriedOut) != 0) {
                findings.add(new Finding(column.carriedIn().code(), REASON, unitName + " · "
                        + TableNames.table(template, column.carriedIn().table()) + " "
                        + TableNames.row(column.carriedIn()) + "（" + TableNames.column(column.carriedIn()) + "）"
                        + (given.isBlank() ? "未填（按 0 计）" : "为 " + plain(carriedIn)) + "，但" + lastYear + "年" + TableNames.row(column.carriedOut()) + "为 "
                        + plain(carriedOut) + "，本年" + (carriedIn.compareTo(carriedOut) > 0 ? "多 " : "少 ")
                        + plain(carriedIn.subtract(carriedOut).abs())
                        + "：请核对本年的上年结转数和上年的报表"));
            }
        }
        return findings;
    }

    private static String plain(BigDecimal value) {
        return CellValue.plain(value).toPlainString();
    }
}
