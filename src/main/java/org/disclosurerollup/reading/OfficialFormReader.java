package org.disclosurerollup.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.disclosurerollup.audit.Texts;
import org.disclosurerollup.catalog.Catalog;

/**
 * Reads the official table(s) of a catalog template (V2014, V2019, V2021) typed into a workbook, found by their row labels and column
 * headers wherever they are: any sheet, any order, merged or not, with titles, blank rows and notes around. The
 * template is the one whose labels name most cells. Nothing is thrown for a bad form: problems come back as data.
 */
public final class OfficialFormReader {

    /** How much of each sheet {@link #looksLikeOfficialForm} looks at. */
    private static final int PEEK_ROWS = 120;
    private static final int PEEK_COLUMNS = 30;
    /** Distinct labels of one template that make a workbook look like its form. */
    private static final int LABELS_OF_A_FORM = 4;
    private static final int TEXTS_SHOWN = 5;

    private final List<FormMatcher> matchers;

    public OfficialFormReader(Catalog catalog) {
        this.matchers = catalog.templates().stream().map(t -> new FormMatcher(new FormVocabulary(t))).toList();
    }

    /**
     * Whether some visible sheet's first rows hold several row labels or column headers of one template (cheap: looks
     * at no more than {@value #PEEK_ROWS} rows of each sheet). A long-layout file whose indicator column holds label names
     * looks like a form too, so ask this after finding no long-layout header.
     */
    public boolean looksLikeOfficialForm(Workbook workbook) {
        for (FormMatcher matcher : matchers) {
            Set<String> labels = new HashSet<>();
            for (Sheet sheet : visibleSheets(workbook)) {
                for (int r = 0; r <= Math.min(sheet.getLastRowNum(), PEEK_ROWS - 1); r++) {
                    Row row = sheet.getRow(r);
                    for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), PEEK_COLUMNS); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.STRING
                                && matcher.vocabulary().roleOf(cell.getStringCellValue())
                                == FormVocabulary.Role.LABEL) {
                            labels.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            if (labels.size() >= LABELS_OF_A_FORM) {
                return true;
            }
        }
        return false;
    }

    /** The form's values (and problems), or why there is no form. Hidden sheets are not read: nobody sees them. */
    public OfficialFormReading read(Workbook workbook) {
        List<FormGrid> grids = visibleSheets(workbook).stream().map(FormGrid::of).toList();
        Map<String, FormTemplateReading> readings = new LinkedHashMap<>();
        Map<String, Integer> cellsFound = new LinkedHashMap<>();
        for (FormMatcher matcher : matchers) {
            FormTemplateReading reading = FormTemplateReading.of(matcher, grids);
            String template = matcher.vocabulary().template().id();
            readings.put(template, reading);
            cellsFound.put(template, reading.cellsFound());
        }
        int most = cellsFound.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> best = cellsFound.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .toList();
        if (most == 0) {
            return noForm(grids);
        }
        if (best.size() > 1) {
            return new OfficialFormReading.NoForm(firstTexts(grids), "表格的指标同时符合" + String.join("、", best)
                    + "模板（各" + most + "个），无法判断是哪一种：请使用本年度的官方表格，保留完整的指标名称和栏目");
        }
        FormTemplateReading reading = readings.get(best.get(0));
        return new OfficialFormReading.Form(best.get(0), reading.unit(), reading.blankUnit(), reading.year(),
                reading.rows(), cellsFound);
    }

    private static List<Sheet> visibleSheets(Workbook workbook) {
        List<Sheet> visible = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                visible.add(workbook.getSheetAt(i));
            }
        }
        return visible;
    }

    private OfficialFormReading noForm(List<FormGrid> grids) {
        List<String> seen = firstTexts(grids);
        String shown = seen.isEmpty() ? "工作簿中没有文字"
                : "工作簿中最先出现的文字是" + String.join("、", seen.stream().map(Texts::quote).toList());
        return new OfficialFormReading.NoForm(seen, "没有找到" + templateIds() + "格式的官方统计表：" + shown
                + "。请使用官方表格的指标名称和栏目填报，或按长表格式（单位、年度、指标代码、数值）填报");
    }

    /** The catalog's templates as a message names them: {@code V2014、V2019或V2021}. */
    private String templateIds() {
        List<String> ids = matchers.stream().map(m -> m.vocabulary().template().id()).toList();
        return ids.size() < 2 ? String.join("", ids)
                : String.join("、", ids.subList(0, ids.size() - 1)) + "或" + ids.get(ids.size() - 1);
    }

    private static List<String> firstTexts(List<FormGrid> grids) {
        return grids.stream().flatMap(grid -> grid.texts().stream()).map(FormVocabulary::shown).limit(TEXTS_SHOWN)
                .toList();
    }
}
