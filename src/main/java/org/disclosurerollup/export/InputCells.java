package org.disclosurerollup.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.CellType;

/**
 * The value cells of a fill-in template: blank, unlocked, lightly shaded, and validated by what the cell holds. A
 * cell also takes the not-applicable marks of the contract ({@code —}, {@code -}, {@code /}, {@code 不适用}).
 */
final class InputCells implements OfficialSheet.ValueCells {

    static final List<String> NOT_APPLICABLE = List.of("—", "-", "/", "不适用");
    static final String PROMPT_TITLE = "填写说明";
    static final String ERROR_TITLE = "数值不符合要求";

    private final CellStyle count;
    private final CellStyle amount;
    private final CellStyle signed;

    InputCells(Workbook workbook, WorkbookStyles styles) {
        count = input(workbook, styles.integer);
        amount = input(workbook, styles.amount);
        signed = input(workbook, styles.signed);
    }

    private static CellStyle input(Workbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setLocked(false);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    @Override
    public CellStyle style(CatalogCell cell) {
        if (cell.isAmount()) {
            return amount;
        }
        return cell.type() == CellType.SIGNED ? signed : count;
    }

    @Override
    public void write(Cell cell, CatalogCell catalogCell) {
        // left blank: blank means 未填
    }

    /** One validation per value cell, as its custom formula refers to the cell itself. */
    void validate(Sheet sheet, List<OfficialSheet.PlacedValue> placed) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (OfficialSheet.PlacedValue value : placed) {
            String address = new CellAddress(value.row(), value.column()).formatAsString();
            DataValidationConstraint constraint = helper.createCustomConstraint(formula(value.cell(), address));
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(value.row(), value.row(), value.column(), value.column()));
            validation.setEmptyCellAllowed(true);
            validation.setShowPromptBox(true);
            validation.createPromptBox(PROMPT_TITLE, prompt(value.cell()));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(ERROR_TITLE, prompt(value.cell()));
            sheet.addValidationData(validation);
        }
    }

    /**
     * {@code IF(ISNUMBER(D5),AND(D5>=0,D5=INT(D5)),OR(D5="—",D5="-",D5="/",D5="不适用"))} for a count: the number
     * test guarded by {@code IF}, as {@code INT} of a text is an error that would fail the whole formula.
     */
    static String formula(CatalogCell cell, String address) {
        StringBuilder formula = new StringBuilder("IF(ISNUMBER(").append(address).append("),AND(");
        if (cell.type() != CellType.SIGNED) {
            formula.append(address).append(">=0,");
        }
        formula.append(address).append(cell.isAmount() ? "=ROUND(" + address + ",2)" : "=INT(" + address + ")");
        formula.append("),OR(");
        for (int i = 0; i < NOT_APPLICABLE.size(); i++) {
            formula.append(i == 0 ? "" : ",").append(address).append("=\"").append(NOT_APPLICABLE.get(i)).append('"');
        }
        return formula.append("))").toString();
    }

    /** The input message of a value cell, in Chinese (at most 255 characters). */
    static String prompt(CatalogCell cell) {
        String what;
        if (cell.isAmount()) {
            what = "填金额，单位万元，大于或等于0，最多两位小数（不要按“元”填）。";
        } else if (cell.type() == CellType.SIGNED) {
            what = "填整数，可以为负数（减少时填如 -3）。";
        } else {
            what = "填大于或等于0的整数（单位：" + cell.unit() + "）。";
        }
        return what + "没有发生填0，不适用填“—”，未掌握的留空。";
    }
}
