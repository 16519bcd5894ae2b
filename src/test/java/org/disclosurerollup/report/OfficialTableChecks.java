package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.OfficialTableLayout;
import org.disclosurerollup.catalog.OfficialTableLayout.Box;
import org.disclosurerollup.catalog.Template;

/** Checks of the official tables of a written draft against the layout and the totals handed in. */
final class OfficialTableChecks {

    private OfficialTableChecks() {
    }

    /** As the workbook shows a total: 万元 rounded half-up to two places, counts as whole numbers. */
    static String shown(CatalogCell cell, BigDecimal total) {
        return cell.isAmount() ? total.setScale(2, RoundingMode.HALF_UP).toPlainString()
                : total.toBigIntegerExact().toString();
    }

    static List<OfficialTableLayout> layouts(Template template) {
        return new ArrayList<>(OfficialTableLayout.ofTemplate(template).values());
    }

    /** Every value cell of every official table shows its total, where the layout puts it. */
    static void assertValues(List<XWPFTable> tables, Template template, Map<String, BigDecimal> totals) {
        List<OfficialTableLayout> layouts = layouts(template);
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < layouts.size(); i++) {
            written.putAll(WrittenDraft.values(tables.get(i), layouts.get(i)));
        }
        template.valueCells().forEach(cell -> expected.put(cell.code(), shown(cell, totals.get(cell.code()))));
        assertThat(written).containsExactlyInAnyOrderEntriesOf(expected);
    }

    /** Every label and header box is one cell, spanning its columns and merged down over its rows. */
    static void assertBoxes(List<XWPFTable> tables, Template template) {
        List<OfficialTableLayout> layouts = layouts(template);
        for (int i = 0; i < layouts.size(); i++) {
            List<Map<Integer, XWPFTableCell>> grid = WrittenDraft.grid(tables.get(i));
            assertThat(grid).hasSize(layouts.get(i).rows());
            for (Box box : layouts.get(i).boxes()) {
                for (int row = box.firstRow(); row <= box.lastRow(); row++) {
                    XWPFTableCell cell = grid.get(row).get(box.firstColumn());
                    assertThat(cell).as("%s 第%d行", box.text(), row).isNotNull();
                    assertThat(WrittenDraft.span(cell)).as(box.text())
                            .isEqualTo(box.lastColumn() - box.firstColumn() + 1);
                    String merge = box.firstRow() == box.lastRow() ? "" : row == box.firstRow() ? "restart" : "continue";
                    assertThat(WrittenDraft.verticalMerge(cell)).as(box.text()).isEqualTo(merge);
                    assertThat(cell.getText()).as(box.text()).isEqualTo(row == box.firstRow() ? box.text() : "");
                }
            }
        }
    }
}
