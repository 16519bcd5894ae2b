package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.lastyear.LastYearRun;
import org.disclosurerollup.lastyear.YearOnYear;
import org.disclosurerollup.submission.Gaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes under the titles of the whole-area, 本级, 同比 and 分地区 sheets when the totals lack units, and nothing (the
 * same cells) when they lack none.
 */
class CompletenessNotesTest {

    private static final Template V2021 = Catalog.fromClasspath().template("V2021").orElseThrow();
    private static final Gaps WHOLE_AREA = new Gaps(1, 1, List.of("韩佐镇"), List.of("区教育局"),
            List.of(new Gaps.AreaGaps("民勤县", "缺报：红沙梁镇")));
    private static final Gaps OWN_LEVEL = new Gaps(0, 1, List.of(), List.of("区教育局"), List.of());
    private static final Gaps LOWER_AREAS = new Gaps(0, 0, List.of(), List.of(),
            List.of(new Gaps.AreaGaps("民勤县", "缺报：红沙梁镇")));
    private static final Gaps LAST_YEAR = new Gaps(1, 0, List.of("松树镇"), List.of(), List.of());

    @TempDir
    Path folder;

    @Test
    void saysUnderTheTitlesWhatTheTotalsLack() throws IOException {
        try (XSSFWorkbook book = write(withGaps(new ExportModel.Completeness(Map.of("all", WHOLE_AREA,
                "district", OWN_LEVEL, "region", LOWER_AREAS), Optional.of(LAST_YEAR))), "gaps.xlsx")) {
            assertThat(text(book.getSheet("全区"), 2)).isEqualTo("本表不含未报送或被退回的 2 个单位：未报送的韩佐镇，被退回的区教育局；"
                    + "所含下级地区的汇总不全：民勤县（缺报：红沙梁镇）（见“报送情况”）");
            assertThat(text(book.getSheet("区本级"), 2)).isEqualTo("本表不含未报送或被退回的 1 个单位：被退回的区教育局（见“报送情况”）");
            assertThat(text(book.getSheet("同比"), 0)).startsWith("凉州区 2024年全区数与2023年的比较");
            assertThat(text(book.getSheet("同比"), 1)).isEqualTo("本年（2024年）的数不含未报送或被退回的 2 个单位："
                    + "未报送的韩佐镇，被退回的区教育局；所含下级地区的汇总不全：民勤县（缺报：红沙梁镇）（见“报送情况”）；"
                    + "上年（2023年）的数不含未报送或被退回的 1 个单位：未报送的松树镇。增减可能来自缺少的单位，而不是工作本身的变化");
            assertThat(text(book.getSheet("分地区"), 0))
                    .isEqualTo("本表所含下级地区的汇总不全：民勤县（缺报：红沙梁镇）（见“报送情况”）");
            assertThat(text(book.getSheet("分地区"), 1)).isEqualTo("代码");
            assertThat(book.getSheet("全区").getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void aNoteForLastYearOnlyIsSaidOnTheYearOnYearSheetOnly() throws IOException {
        try (XSSFWorkbook book = write(withGaps(new ExportModel.Completeness(Map.of(), Optional.of(LAST_YEAR))),
                "last-year.xlsx")) {
            assertThat((Object) book.getSheet("全区").getRow(2)).isNull();
            assertThat(text(book.getSheet("同比"), 1)).isEqualTo("上年（2023年）的数不含未报送或被退回的 1 个单位：未报送的松树镇。"
                    + "增减可能来自缺少的单位，而不是工作本身的变化");
            assertThat(text(book.getSheet("分地区"), 0)).isEqualTo("代码");
        }
    }

    @Test
    void theNoteMovesNoCellOfTheOfficialTables() throws IOException {
        try (XSSFWorkbook complete = write(withGaps(ExportModel.Completeness.COMPLETE), "complete.xlsx");
             XSSFWorkbook gaps = write(withGaps(new ExportModel.Completeness(Map.of("all", WHOLE_AREA,
                     "district", OWN_LEVEL), Optional.empty())), "gaps.xlsx")) {
            for (String sheet : List.of("全区", "区本级")) {
                assertThat((Object) complete.getSheet(sheet).getRow(2)).isNull();
                assertThat(cells(gaps.getSheet(sheet))).as(sheet).isEqualTo(cells(complete.getSheet(sheet)));
                assertThat(gaps.getSheet(sheet).getMergedRegions()).as(sheet)
                        .hasSize(complete.getSheet(sheet).getMergedRegions().size() + 1);
            }
        }
    }

    /** The v2021 model compared with last year, with one lower area, and these gaps. */
    private static ExportModel withGaps(ExportModel.Completeness completeness) {
        ExportModel m = ExportModels.v2021(V2021);
        YearOnYear compared = new YearOnYear(2024, Optional.of(new LastYearRun(9, 2023, "V2021",
                LocalDateTime.of(2024, 1, 20, 10, 0))), "", List.of());
        List<ExportModel.LowerArea> areas = List.of(new ExportModel.LowerArea("620621", "民勤县", "民勤县_2024.xlsx",
                "民勤县 2024年汇总（运行 #1）；缺报：红沙梁镇", Map.of(), Map.of()));
        return new ExportModel(m.facts(), m.template(), m.scopes(), m.totals(), m.units(), m.statuses(),
                m.problems(), compared, m.report(), m.area(), areas, completeness);
    }

    private XSSFWorkbook write(ExportModel model, String name) throws IOException {
        Path file = folder.resolve(name);
        new WorkbookWriter().write(model, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Sheet sheet, int row) {
        return sheet.getRow(row).getCell(0).getStringCellValue();
    }

    /** Every cell but those of the note's row: its place, its value and its style's format. */
    private static List<String> cells(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 2) {
                continue;
            }
            for (Cell cell : row) {
                cells.add(cell.getAddress() + " " + (cell.getCellType() == CellType.NUMERIC
                        ? String.valueOf(cell.getNumericCellValue()) : cell.toString()) + " "
                        + cell.getCellStyle().getDataFormatString());
            }
        }
        return cells;
    }
}
