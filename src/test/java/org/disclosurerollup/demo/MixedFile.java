package org.disclosurerollup.demo;

import java.nio.charset.Charset;
import java.util.List;
import org.disclosurerollup.register.Unit;

/**
 * The kind of file a unit sends in the {@code mixed} input, by its number: out of every 20 units, 7 long-layout CSV
 * in UTF-8 and 7 in GB18030 (70 %), 4 official-form workbooks (20 %) and 2 long-layout workbooks (10 %); units 1 to 4
 * have one of each kind, so that a tiny input shows them all.
 */
enum MixedFile {
    CSV_UTF8("csv"), CSV_GB18030("csv"), OFFICIAL_FORM_XLSX("xlsx"), LONG_XLSX("xlsx");

    /** One letter per unit, repeating: U UTF-8 CSV, G GB18030 CSV, F official form, L long-layout workbook. */
    private static final String PATTERN = "UGFLUGUGFUGUGFUGLUGF";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final String extension;

    MixedFile(String extension) {
        this.extension = extension;
    }

    static MixedFile of(int unitNumber) {
        return switch (PATTERN.charAt((unitNumber - 1) % PATTERN.length())) {
            case 'U' -> CSV_UTF8;
            case 'G' -> CSV_GB18030;
            case 'F' -> OFFICIAL_FORM_XLSX;
            default -> LONG_XLSX;
        };
    }

    /** {@code <unit>_<year>.<ext>}: the name gives unit and year, as clerks name their files. */
    String fileName(Unit unit, int year) {
        return unit.name() + "_" + year + "." + extension;
    }

    byte[] render(OfficialForms forms, Unit unit, int year, List<LongRow> rows) {
        return switch (this) {
            case CSV_UTF8 -> LongCsvLayout.standard().render(rows);
            case CSV_GB18030 -> LongCsvLayout.standard().encodedIn(GB18030).render(rows);
            case OFFICIAL_FORM_XLSX -> forms.filled(unit, rows);
            case LONG_XLSX -> LongExcelLayout.xlsx(unit.name() + year + "年政府信息公开工作年度报告统计", rows);
        };
    }
}
