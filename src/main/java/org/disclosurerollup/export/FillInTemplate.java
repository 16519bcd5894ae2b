package org.disclosurerollup.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.OfficialTableLayout;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.catalog.TemplateTable;

/**
 * A blank fill-in workbook for one unit and year: the year's official tables in the same layout as the consolidated
 * workbook, on one sheet ({@value #FORM_SHEET}) under a {@code 填报单位：…} and a {@code 年度：…} cell, labels and
 * headers locked (sheet protection without a password), value cells unlocked, shaded and validated; a
 * {@value #SELF_CHECK_SHEET} sheet whose formulas check the unit's rules while it types (never read as figures); and a
 * {@value #INSTRUCTIONS_SHEET} sheet with the template's rules and how to fill in and send the file. The formulas are
 * computed before writing and again whenever the file is opened.
 */
public final class FillInTemplate {

    public static final String FORM_SHEET = "统计表";
    public static final String SELF_CHECK_SHEET = "自查";
    public static final String INSTRUCTIONS_SHEET = "填表说明";
    public static final String UNIT_PREFIX = "填报单位：";
    public static final String YEAR_PREFIX = "年度：";

    /**
     * @param unitName the register name of the unit, printed after {@code 填报单位：}
     * @param unitType the unit's register type ({@code township}…), to list the rules that apply to it
     */
    public record Request(Template template, String unitName, String unitType, int year) {
    }

    private FillInTemplate() {
    }

    /** {@code <output>/templates/<year>/}: where the blank templates of a year are written and offered for download. */
    public static Path folder(Path output, int year) {
        return output.resolve("templates").resolve(Integer.toString(year));
    }

    /** {@code 四坝镇_2024.xlsx}: the file name the reading side expects, with characters no file system takes replaced. */
    public static String fileName(String unitName, int year) {
        return unitName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "_" + year + ".xlsx";
    }

    /** Writes the workbook next to {@code file} and moves it into place, so a half-written file is never seen. */
    public static void write(Request request, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try (XSSFWorkbook workbook = render(request); OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static XSSFWorkbook render(Request request) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        Template template = request.template();
        Map<TemplateTable, OfficialTableLayout> tables = OfficialTableLayout.ofTemplate(template);
        XSSFSheet form = workbook.createSheet(FORM_SHEET);
        XSSFSheet selfCheck = workbook.createSheet(SELF_CHECK_SHEET);
        InputCells inputs = new InputCells(workbook, styles);
        List<OfficialSheet.PlacedValue> placed = new OfficialSheet(styles).write(form, title(request),
                List.of(List.of(UNIT_PREFIX + request.unitName(), YEAR_PREFIX + request.year())), tables, inputs);
        inputs.validate(form, placed);
        new SelfCheckSheet(styles).write(selfCheck, form, request, placed);
        protect(form);
        protect(selfCheck);
        new TemplateInstructions(styles).write(workbook.createSheet(INSTRUCTIONS_SHEET), request);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        workbook.setForceFormulaRecalculation(true);
        var properties = workbook.getProperties().getCoreProperties();
        properties.setTitle(title(request));
        properties.setSubjectProperty(template.title());
        properties.setCreator("Disclosure Rollup");
        return workbook;
    }

    /** {@code 2024年度政府信息公开统计表（V2021）} */
    static String title(Request request) {
        return request.year() + "年度政府信息公开统计表（" + request.template().id() + "）";
    }

    /** Labels and headers cannot be changed; cells can still be selected, and columns and rows resized. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }
}
