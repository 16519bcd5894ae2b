package org.disclosurerollup.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.OfficialTableLayout;
import org.disclosurerollup.catalog.TemplateTable;
import org.disclosurerollup.export.ExportModel.Scope;
import org.disclosurerollup.reading.ConsolidatedWorkbookFormat;

/**
 * The consolidated workbook of a year: official tables for 全区 and 区本级, the comparison with last year, lists,
 * statuses, problems, run facts.
 */
final class WorkbookWriter {

    static final String ALL = "all";
    static final String DISTRICT = "district";
    static final String TOTALS_SHEET = "分类汇总";
    static final String UNITS_SHEET = "分单位";
    static final String STATUS_SHEET = ConsolidatedWorkbookFormat.STATUS_SHEET;
    static final String PROBLEMS_SHEET = "问题清单";
    static final String RUN_SHEET = ConsolidatedWorkbookFormat.RUN_SHEET;
    static final String YEAR_ON_YEAR_SHEET = "同比";

    void write(ExportModel model, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new FastDeflatingWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            try {
                render(model, workbook);
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    private void render(ExportModel model, SXSSFWorkbook workbook) {
        WorkbookStyles styles = new WorkbookStyles(workbook);
        describe(model, workbook);
        Map<TemplateTable, OfficialTableLayout> tables = OfficialTableLayout.ofTemplate(model.template());
        OfficialSheet official = new OfficialSheet(styles);
        for (String scope : new String[] {ALL, DISTRICT}) {
            String label = scopeLabel(model, scope);
            official.write(workbook.createSheet(label), officialTitle(model, label),
                    List.of(List.of(model.template().title())), CompletenessNotes.ofTotals(model.completeness().of(scope)),
                    tables, new OfficialSheet.ValueCells() {
                        @Override
                        public CellStyle style(CatalogCell cell) {
                            return styles.value(cell);
                        }

                        @Override
                        public void write(Cell cell, CatalogCell catalogCell) {
                            cell.setCellValue(OutputValues.shown(catalogCell,
                                    OutputValues.total(model, scope, catalogCell.code())).doubleValue());
                        }
                    });
        }
        if (model.yearOnYear().compared()) {
            new YearOnYearSheet(styles).write(new ListSheet(workbook.createSheet(YEAR_ON_YEAR_SHEET), styles), model);
        }
        FigureSheets figures = new FigureSheets(styles);
        figures.writeTotals(new ListSheet(workbook.createSheet(TOTALS_SHEET), styles), model);
        figures.writeUnits(new ListSheet(workbook.createSheet(UNITS_SHEET), styles), model);
        if (!model.lowerAreas().isEmpty()) {
            AreaSheets areas = new AreaSheets(styles);
            areas.writeAreas(new ListSheet(workbook.createSheet(AreaSheets.AREAS_SHEET), styles), model);
            areas.writeYearOnYear(new ListSheet(workbook.createSheet(AreaSheets.AREAS_YEAR_ON_YEAR_SHEET), styles), model);
        }
        AuditSheets audit = new AuditSheets(styles);
        audit.writeStatuses(new ListSheet(workbook.createSheet(STATUS_SHEET), styles), model);
        audit.writeProblems(new ListSheet(workbook.createSheet(PROBLEMS_SHEET), styles), model);
        audit.writeRunFacts(new ListSheet(workbook.createSheet(RUN_SHEET), styles), model);
    }

    /** {@code 凉州区 2024年度 全区政府信息公开情况统计（V2021）} */
    static String officialTitle(ExportModel model, String scopeLabel) {
        return model.facts().district() + " " + model.facts().year() + "年度 " + scopeLabel
                + "政府信息公开情况统计（" + model.template().id() + "）";
    }

    private static String scopeLabel(ExportModel model, String scope) {
        return model.scopes().stream().filter(s -> s.id().equals(scope)).map(Scope::label).findFirst()
                .orElse(ALL.equals(scope) ? model.area().wholeArea() : model.area().ownLevel());
    }

    private static void describe(ExportModel model, SXSSFWorkbook workbook) {
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setTitle(model.facts().district() + " " + model.facts().year() + "年度 政府信息公开统计汇总");
        properties.setSubjectProperty(model.template().title());
        properties.setCreator(ConsolidatedWorkbookFormat.CREATOR);
    }
}
