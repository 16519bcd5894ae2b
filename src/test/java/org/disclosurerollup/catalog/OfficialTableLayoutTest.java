package org.disclosurerollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.OfficialTableLayout.Box;
import org.disclosurerollup.catalog.OfficialTableLayout.Role;
import org.disclosurerollup.catalog.OfficialTableLayout.ValueSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialTableLayoutTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final Template V2021 = CATALOG.template("V2021").orElseThrow();

    private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private static OfficialTableLayout v2021(String table) {
        TemplateTable printed = V2021.tables().stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow();
        return OfficialTableLayout.of(printed, V2021.cellsOf(table));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // table | text | first row | last row | first column | last column | role
        "T3 | " + NOTE + " | 0 | 2 | 0 | 2 | CORNER",
        "T3 | 申请人情况 | 0 | 0 | 3 | 9 | COLUMN_HEADER",
        "T3 | 自然人 | 1 | 2 | 3 | 3 | COLUMN_HEADER",
        "T3 | 法人或其他组织 | 1 | 1 | 4 | 8 | COLUMN_HEADER",
        "T3 | 商业企业 | 2 | 2 | 4 | 4 | COLUMN_HEADER",
        "T3 | 其他 | 2 | 2 | 8 | 8 | COLUMN_HEADER",
        "T3 | 总计 | 1 | 2 | 9 | 9 | COLUMN_HEADER",
        "T3 | 一、本年新收政府信息公开申请数量 | 3 | 3 | 0 | 2 | ROW_LABEL",
        "T3 | 三、本年度办理结果 | 5 | 26 | 0 | 0 | ROW_LABEL",
        "T3 | （一）予以公开 | 5 | 5 | 1 | 2 | ROW_LABEL",
        "T3 | （三）不予公开 | 7 | 14 | 1 | 1 | ROW_LABEL",
        "T3 | 1.属于国家秘密 | 7 | 7 | 2 | 2 | ROW_LABEL",
        "T3 | （七）总计 | 26 | 26 | 1 | 2 | ROW_LABEL",
        "T3 | 四、结转下年度继续办理 | 27 | 27 | 0 | 2 | ROW_LABEL",
        "T2 | 第二十条第（一）项 | 0 | 0 | 0 | 3 | CAPTION",
        "T2 | 本年制发件数 | 1 | 1 | 1 | 1 | COLUMN_HEADER",
        "T2 | 规章 | 2 | 2 | 0 | 0 | ROW_LABEL",
        "T2 | 第二十条第（五）项 | 4 | 4 | 0 | 3 | CAPTION",
        "T2 | 行政许可 | 6 | 6 | 0 | 0 | ROW_LABEL",
        "T2 | 第二十条第（六）项 | 7 | 7 | 0 | 3 | CAPTION",
        "T2 | 行政强制 | 10 | 10 | 0 | 0 | ROW_LABEL",
        "T2 | 本年收费金额（单位：万元） | 12 | 12 | 1 | 3 | COLUMN_HEADER",
        "T4 | 行政复议 | 0 | 0 | 0 | 4 | COLUMN_HEADER",
        "T4 | 行政诉讼 | 0 | 0 | 5 | 14 | COLUMN_HEADER",
        "T4 | 未经复议直接起诉 | 1 | 1 | 5 | 9 | COLUMN_HEADER",
        "T4 | 复议后起诉 | 1 | 1 | 10 | 14 | COLUMN_HEADER",
    })
    void placesLabelsAndHeadersOfV2021FromTheirPaths(String table, String text, int firstRow, int lastRow,
                                                    int firstColumn, int lastColumn, Role role) {
        assertThat(v2021(table).boxes())
                .filteredOn(box -> box.text().equals(text))
                .containsExactly(new Box(firstRow, lastRow, firstColumn, lastColumn, text, role));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "T3, A01@NP, 3, 3, 3",
        "T3, A03_3_2@CE, 8, 4, 4",
        "T3, A04@TT, 27, 9, 9",
        "T2, P01@M, 2, 1, 1",
        "T2, P02@V, 3, 3, 3",
        "T2, P03@N, 6, 1, 3",
        "T2, P06@AMT, 13, 1, 3",
        "T4, R1@KEEP, 3, 0, 0",
        "T4, R1@TOT, 3, 4, 4",
        "T4, R2@KEEP, 3, 5, 5",
        "T4, R3@TOT, 3, 14, 14",
    })
    void placesEveryValueUnderItsColumn(String table, String code, int row, int firstColumn, int lastColumn) {
        ValueSlot slot = v2021(table).valueOf(code).orElseThrow();
        assertThat(slot.row()).isEqualTo(row);
        assertThat(slot.firstColumn()).isEqualTo(firstColumn);
        assertThat(slot.lastColumn()).isEqualTo(lastColumn);
    }

    @Test
    void measuresEachV2021Table() {
        assertThat(v2021("T2")).extracting(OfficialTableLayout::rows, OfficialTableLayout::columns,
                OfficialTableLayout::labelColumns, OfficialTableLayout::headerRows).containsExactly(14, 4, 1, 2);
        assertThat(v2021("T3")).extracting(OfficialTableLayout::rows, OfficialTableLayout::columns,
                OfficialTableLayout::labelColumns, OfficialTableLayout::headerRows).containsExactly(28, 10, 3, 3);
        assertThat(v2021("T4")).extracting(OfficialTableLayout::rows, OfficialTableLayout::columns,
                OfficialTableLayout::labelColumns, OfficialTableLayout::headerRows).containsExactly(4, 15, 0, 3);
        assertThat(v2021("T3").values()).hasSize(175);
    }

    @Test
    void coversMergedPositionsWithTheirBox() {
        OfficialTableLayout t3 = v2021("T3");
        assertThat(t3.boxAt(20, 0)).map(Box::text).contains("三、本年度办理结果");
        assertThat(t3.boxAt(1, 7)).map(Box::text).contains("法人或其他组织");
        assertThat(t3.boxAt(0, 7)).map(Box::text).contains("申请人情况");
        assertThat(t3.valueAt(3, 3)).map(slot -> slot.cell().code()).contains("A01@NP");
        assertThat(t3.boxAt(3, 3)).isEmpty();
        assertThat(t3.valueAt(99, 0)).isEmpty();
    }

    @Test
    void alignsTheTablesOfATemplateOnSharedLabelColumns() {
        Map<TemplateTable, OfficialTableLayout> layouts = OfficialTableLayout.ofTemplate(V2021);
        assertThat(layouts.keySet()).extracting(TemplateTable::table).containsExactly("T2", "T3", "T4");
        assertThat(layouts.values()).extracting(OfficialTableLayout::labelColumns).containsExactly(3, 3, 0);
        OfficialTableLayout t2 = layouts.values().iterator().next();
        assertThat(t2.boxes()).filteredOn(box -> box.text().equals("规章"))
                .containsExactly(new Box(2, 2, 0, 2, "规章", Role.ROW_LABEL));
        assertThat(t2.valueOf("P06@AMT").orElseThrow()).extracting(ValueSlot::firstColumn, ValueSlot::lastColumn)
                .containsExactly(3, 5);
    }

    @Test
    void sharesValueColumnsBetweenSectionsOfDifferentWidths() {
        Template v2019 = CATALOG.template("V2019").orElseThrow();
        OfficialTableLayout t2 = OfficialTableLayout.of(v2019.cellsOf("T2"));
        assertThat(t2.columns()).isEqualTo(7);
        assertThat(t2.valueOf("P03@DELTA").orElseThrow()).extracting(ValueSlot::firstColumn, ValueSlot::lastColumn)
                .containsExactly(3, 4);
        assertThat(t2.valueOf("P06@DELTA").orElseThrow()).extracting(ValueSlot::firstColumn, ValueSlot::lastColumn)
                .containsExactly(4, 6);
    }

    @Test
    void listsV2014VerticallyWithHeadingRowsWithoutValue() {
        Template v2014 = CATALOG.template("V2014").orElseThrow();
        OfficialTableLayout list = OfficialTableLayout.of(v2014.cellsOf("T1"));
        assertThat(list).extracting(OfficialTableLayout::rows, OfficialTableLayout::columns,
                OfficialTableLayout::headerRows).containsExactly(66, 3, 1);
        assertThat(list.boxes()).filteredOn(box -> box.firstRow() == 0).extracting(Box::text)
                .containsExactly("统计指标", "单位", "统计数");
        assertThat(list.boxAt(1, 0)).contains(new Box(1, 1, 0, 0, "一、主动公开情况", Role.HEADING));
        assertThat(list.boxAt(1, 1)).map(Box::text).contains("——");
        assertThat(list.valueAt(1, 2)).isEmpty();
        assertThat(list.boxAt(7, 0)).map(Box::text).contains("2.政府网站公开政府信息数");
        assertThat(list.valueAt(7, 2)).map(slot -> slot.cell().code()).contains("L01_2_2");
        assertThat(list.values()).hasSize(58);
    }

    @Test
    void printsTable4AsOneRowUnderAThreeLevelHeader() {
        OfficialTableLayout t4 = v2021("T4");
        assertThat(t4.boxes()).filteredOn(box -> box.text().equals("结果维持")).containsExactly(
                new Box(1, 2, 0, 0, "结果维持", Role.COLUMN_HEADER),
                new Box(2, 2, 5, 5, "结果维持", Role.COLUMN_HEADER),
                new Box(2, 2, 10, 10, "结果维持", Role.COLUMN_HEADER));
        assertThat(t4.boxes()).noneMatch(box -> box.role() == Role.CORNER || box.role() == Role.ROW_LABEL);
        assertThat(t4.values()).extracting(ValueSlot::row).containsOnly(3);
        assertThat(t4.values()).hasSize(15);
    }

    @Test
    void takesTheCornerTextOfTable2FromTheTablesFile() {
        assertThat(v2021("T2").boxes()).filteredOn(box -> box.role() == Role.CORNER).extracting(Box::text)
                .containsOnly("信息内容");
    }
}
