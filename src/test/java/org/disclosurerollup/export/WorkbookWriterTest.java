package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();

    @TempDir
    static Path folder;

    private static XSSFWorkbook v2021;
    private static XSSFWorkbook v2014;

    @BeforeAll
    static void writeWorkbooks() throws IOException {
        v2021 = write(ExportModels.v2021(CATALOG.template("V2021").orElseThrow()), "v2021.xlsx");
        v2014 = write(ExportModels.v2014(CATALOG.template("V2014").orElseThrow()), "v2014.xlsx");
    }

    private static XSSFWorkbook write(ExportModel model, String name) throws IOException {
        Path file = folder.resolve(name);
        new WorkbookWriter().write(model, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void hasTheSevenSheetsInOrder() {
        List<String> names = new ArrayList<>();
        v2021.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("全区", "区本级", "分类汇总", "分单位", "报送情况", "问题清单", "运行信息");
    }

    @Test
    void titlesTheOfficialSheetsWithDistrictYearAndScope() {
        assertThat(v2021.getSheet("全区").getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("凉州区 2024年度 全区政府信息公开情况统计（V2021）");
        assertThat(v2021.getSheet("区本级").getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("凉州区 2024年度 区本级政府信息公开情况统计（V2021）");
        assertThat(v2021.getProperties().getCoreProperties().getTitle()).isEqualTo("凉州区 2024年度 政府信息公开统计汇总");
    }

    @Test
    void putsEachV2014TotalAsANumberNextToItsLabel() {
        Sheet all = v2014.getSheet("全区");
        Row websites = rowLabelled(all, "2.政府网站公开政府信息数").orElseThrow();
        assertThat(websites.getCell(1).getStringCellValue()).isEqualTo("条");
        assertThat(websites.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(websites.getCell(2).getNumericCellValue()).isEqualTo(90.0);
        Cell fees = rowLabelled(all, "七、依申请公开信息收取的费用").orElseThrow().getCell(2);
        assertThat(fees.getNumericCellValue()).isEqualTo(1.28);
        assertThat(fees.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        Row heading = rowLabelled(all, "一、主动公开情况").orElseThrow();
        assertThat(heading.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void mergesTheMultiLevelHeaderOfV2021Table3() {
        Sheet all = v2021.getSheet("全区");
        Cell legalPersons = cellWithText(all, "法人或其他组织").orElseThrow();
        Cell naturalPersons = cellWithText(all, "自然人").orElseThrow();
        Cell results = cellWithText(all, "三、本年度办理结果").orElseThrow();

        CellRangeAddress legalPersonsRegion = mergedAt(all, legalPersons);
        assertThat(legalPersonsRegion.getLastColumn() - legalPersonsRegion.getFirstColumn() + 1).isEqualTo(5);
        assertThat(legalPersonsRegion.getLastRow()).isEqualTo(legalPersons.getRowIndex());
        CellRangeAddress naturalPersonsRegion = mergedAt(all, naturalPersons);
        assertThat(naturalPersonsRegion.getLastRow() - naturalPersonsRegion.getFirstRow() + 1).isEqualTo(2);
        CellRangeAddress resultsRegion = mergedAt(all, results);
        assertThat(resultsRegion.getLastRow() - resultsRegion.getFirstRow() + 1).isEqualTo(22);
    }

    @Test
    void printsV2021ValuesInTheirMatrixCells() {
        Sheet all = v2021.getSheet("全区");
        Row newApplications = rowLabelled(all, "一、本年新收政府信息公开申请数量").orElseThrow();
        int naturalPersonsColumn = cellWithText(all, "自然人").orElseThrow().getColumnIndex();
        assertThat(newApplications.getCell(naturalPersonsColumn).getNumericCellValue()).isEqualTo(5.0);
        Row fees = rowLabelled(all, "行政事业性收费").orElseThrow();
        assertThat(fees.getCell(3).getNumericCellValue()).isEqualTo(1.28);
        Row districtFees = rowLabelled(v2021.getSheet("区本级"), "行政事业性收费").orElseThrow();
        assertThat(districtFees.getCell(3).getNumericCellValue()).isEqualTo(0.13);
    }

    @Test
    void listsTotalsByScope() {
        Sheet totals = v2021.getSheet("分类汇总");
        assertThat(texts(totals.getRow(0)))
                .containsExactly("代码", "指标", "单位", "全区", "区本级", "区政府", "区直部门", "乡镇街道");
        Row fees = rowWithCode(totals, "P06@AMT").orElseThrow();
        assertThat(fees.getCell(1).getStringCellValue()).isEqualTo("第二十条第（八）项/行政事业性收费 · 本年收费金额（单位：万元）");
        assertThat(fees.getCell(3).getNumericCellValue()).isEqualTo(1.28);
        assertThat(fees.getCell(7).getNumericCellValue()).isEqualTo(1.15);
    }

    @Test
    void showsEachUnitsFiguresAsSubmittedOneLinePerUnit() {
        Sheet units = v2021.getSheet("分单位");
        List<String> codes = texts(units.getRow(0));
        assertThat(codes).hasSize(4 + 200).startsWith("单位代码", "单位", "类型", "文件", "P01@M", "P01@R");
        assertThat(units.getRow(1).getCell(4).getStringCellValue()).isEqualTo(
                "第二十条第（一）项/规章 · 本年制发件数（件）");
        Row siBa = units.getRow(2);
        Row finance = units.getRow(3);
        assertThat(List.of(0, 1, 2, 3)).extracting(column -> siBa.getCell(column).getStringCellValue())
                .containsExactly("620602100", "四坝镇", "乡镇街道", "四坝镇_2024.csv");
        assertThat(siBa.getCell(codes.indexOf("P01@M")).getNumericCellValue()).isEqualTo(7.0);
        Cell zero = siBa.getCell(codes.indexOf("A01@NP"));
        assertThat(zero.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(zero.getNumericCellValue()).isZero();
        assertThat(siBa.getCell(codes.indexOf("A02@NP")).getStringCellValue()).isEqualTo("—");
        assertThat(finance.getCell(codes.indexOf("A02@NP")).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(finance.getCell(codes.indexOf("P06@AMT")).getNumericCellValue()).isEqualTo(0.125);
        assertThat(units.getLastRowNum()).isEqualTo(3);
    }

    @Test
    void highlightsMissingUnitsInTheStatusSheet() {
        XSSFSheet statuses = v2021.getSheet("报送情况");
        Row missing = rowLabelledIn(statuses, 1, "韩佐镇").orElseThrow();
        Row accepted = rowLabelledIn(statuses, 1, "四坝镇").orElseThrow();

        assertThat(missing.getCell(3).getStringCellValue()).isEqualTo("未报送");
        assertThat(missing.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(missing.getCell(0).getCellStyle().getFillForegroundColor())
                .isEqualTo(IndexedColors.ROSE.getIndex());
        assertThat(accepted.getCell(3).getStringCellValue()).isEqualTo("已采用");
        assertThat(accepted.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        assertThat(statuses.getCTWorksheet().isSetAutoFilter()).isTrue();
    }

    @Test
    void listsEveryProblemAsSubmittedWithFormulaLikeTextKeptAsText() {
        Sheet problems = v2021.getSheet("问题清单");
        assertThat(texts(problems.getRow(0)))
                .containsExactly("级别", "文件", "工作表", "行号", "单位", "代码", "原值", "原因代码", "说明");
        assertThat(problems.getLastRowNum()).isEqualTo(3);
        Row typeError = problems.getRow(1);
        assertThat(typeError.getCell(0).getStringCellValue()).isEqualTo("错误");
        assertThat(typeError.getCell(3).getNumericCellValue()).isEqualTo(7.0);
        assertThat(typeError.getCell(6).getStringCellValue()).isEqualTo(ExportModels.HYPERLINK);
        assertThat(typeError.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(typeError.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(problems.getRow(2).getCell(0).getStringCellValue()).isEqualTo("警告");
        assertThat(problems.getRow(3).getCell(6).getStringCellValue()).isEqualTo("-3");
        assertThat(problems.getRow(3).getCell(6).getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(problems.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }

    @Test
    void recordsTheRunFactsAndInputFiles() {
        Sheet run = v2021.getSheet("运行信息");
        assertThat(rowLabelled(run, "地区").orElseThrow().getCell(1).getStringCellValue()).isEqualTo("凉州区");
        assertThat(rowLabelled(run, "输入指纹").orElseThrow().getCell(1).getStringCellValue()).isEqualTo("ab".repeat(32));
        assertThat(rowLabelled(run, "导出时间").orElseThrow().getCell(1).getStringCellValue())
                .isEqualTo("2025-01-20 09:01:30");
        assertThat(rowLabelled(run, "退回行数").orElseThrow().getCell(1).getNumericCellValue()).isEqualTo(5.0);
        assertThat(rowLabelled(run, "年度").orElseThrow().getCell(1).getNumericCellValue()).isEqualTo(2024.0);
        Row file = rowLabelled(run, "四坝镇_2024.csv").orElseThrow();
        assertThat(file.getCell(1).getStringCellValue()).isEqualTo(ExportModels.SHA);
        assertThat(file.getCell(2).getNumericCellValue()).isEqualTo(2048.0);
    }

    @Test
    void holdsNoFormulas() {
        for (XSSFWorkbook workbook : List.of(v2021, v2014)) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA))));
            assertThat(workbook.getExternalLinksTable()).isEmpty();
        }
    }

    @Test
    void printsOfficialSheetsLandscapeOnOnePageWide() {
        Sheet all = v2021.getSheet("全区");
        assertThat(all.getPrintSetup().getLandscape()).isTrue();
        assertThat(all.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(all.getFitToPage()).isTrue();
    }

    @Test
    void printsTable4OfTheConsolidatedSheetInOneRowWithNumericFormattedTotals() {
        XSSFSheet all = v2021.getSheet("全区");
        int t4 = cellWithText(all, "行政复议").orElseThrow().getRowIndex();
        assertThat(all.getMergedRegions()).contains(new CellRangeAddress(t4, t4, 0, 4),
                new CellRangeAddress(t4, t4, 5, 14), new CellRangeAddress(t4 + 1, t4 + 1, 5, 9));
        Cell total = all.getRow(t4 + 3).getCell(4);
        assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0");
        assertThat(total.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
        assertThat(v2021.getFontAt(total.getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
        assertThat(all.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(all.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
        Sheet v2014All = v2014.getSheet("全区");
        assertThat(v2014All.getPrintSetup().getLandscape()).isFalse();
        assertThat(v2014All.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
    }

    private static Optional<Row> rowLabelled(Sheet sheet, String label) {
        return cellWithText(sheet, label).map(Cell::getRow);
    }

    private static Optional<Row> rowLabelledIn(Sheet sheet, int column, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private static Optional<Row> rowWithCode(Sheet sheet, String code) {
        return rowLabelledIn(sheet, 0, code);
    }

    private static Optional<Cell> cellWithText(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return Optional.of(cell);
                }
            }
        }
        return Optional.empty();
    }

    private static CellRangeAddress mergedAt(Sheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream()
                .filter(region -> region.getFirstRow() == cell.getRowIndex()
                        && region.getFirstColumn() == cell.getColumnIndex())
                .findFirst().orElseThrow();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
