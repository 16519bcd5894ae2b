package org.disclosurerollup.checking;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.audit.Texts;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.IndicatorIndex;
import org.disclosurerollup.catalog.IndicatorMatch;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.reading.RawRow;

/**
 * Finds the catalog cell a row is about: by its code (ignoring case and width), else by its indicator name and column.
 * When there is none, says why — including a code that belongs to another year's template.
 */
class CellFinder {

    private final YearRun run;
    private final Catalog catalog;
    private final IndicatorIndex indicators;
    private final Map<String, CatalogCell> cellsByCode = new HashMap<>();
    private final Map<String, String> codesIgnoringCase = new HashMap<>();

    CellFinder(YearRun run, Catalog catalog) {
        this.run = run;
        this.catalog = catalog;
        this.indicators = IndicatorIndex.of(run.template());
        for (CatalogCell cell : run.template().cells()) {
            cellsByCode.put(cell.code(), cell);
            codesIgnoringCase.put(cell.code().toUpperCase(Locale.ROOT), cell.code());
        }
    }

    CodeLookup find(RawRow row) {
        CatalogCell written = row.code() == null ? null : cellsByCode.get(row.code());
        if (written != null) {
            return CodeLookup.found(written);
        }
        if (present(row.code())) {
            String code = nfkc(row.code()).replaceAll("\\s", "");
            String known = codesIgnoringCase.get(code.toUpperCase(Locale.ROOT));
            if (known != null) {
                return CodeLookup.found(run.template().cell(known).orElseThrow());
            }
            List<String> elsewhere = catalog.templatesDefining(code);
            if (!elsewhere.isEmpty()) {
                return CodeLookup.missing(Reason.UNKNOWN_CODE, "指标代码" + Texts.quote(code) + "属于" + String.join("、", elsewhere)
                        + "格式，" + run.year() + "年应按" + run.template().id() + "格式填报：请使用本年度的填报模板");
            }
            return CodeLookup.missing(Reason.UNKNOWN_CODE, "指标代码" + Texts.quote(code) + "不在" + run.template().id()
                    + "格式中：请对照填报模板填写正确的指标代码");
        }
        if (!present(row.indicator())) {
            return CodeLookup.missing(Reason.MALFORMED_ROW, "此行既没有指标代码也没有指标名称：请填写“指标代码”或“指标名称”");
        }
        String shown = present(row.column()) ? row.indicator() + " / " + row.column() : row.indicator();
        IndicatorMatch match = indicators.find(row.indicator(), row.column());
        if (match instanceof IndicatorMatch.Found found) {
            return CodeLookup.found(run.template().cell(found.code()).orElseThrow());
        }
        if (match instanceof IndicatorMatch.Ambiguous ambiguous) {
            return CodeLookup.missing(Reason.UNKNOWN_CODE, "指标名称" + Texts.quote(shown) + "可对应多个指标（"
                    + String.join("、", ambiguous.codes()) + "）：请写出完整的指标名称，或填写指标代码");
        }
        return CodeLookup.missing(Reason.UNKNOWN_CODE, "指标名称" + Texts.quote(shown) + "在" + run.template().id()
                + "格式中找不到：请使用填报模板中的指标名称，或填写指标代码");
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    record CodeLookup(CatalogCell cell, Reason reason, String message) {
        static CodeLookup found(CatalogCell cell) {
            return new CodeLookup(cell, null, null);
        }

        static CodeLookup missing(Reason reason, String message) {
            return new CodeLookup(null, reason, message);
        }
    }
}
