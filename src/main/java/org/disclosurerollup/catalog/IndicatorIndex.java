package org.disclosurerollup.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the cell code of a template from an indicator name as long-layout files give it: the row label path,
 * optionally followed by the column label path ({@code 规章/本年制发件数}), or the row and the column given apart.
 * Any tail of a label path identifies a cell, each label with or without its numbering and its notes. A row alone
 * names its cell when it has a single one ({@code 行政许可} → {@code P03@N}); a name that fits several cells, such as
 * the row alone of a row with several columns, is ambiguous.
 */
public final class IndicatorIndex {

    private static final String COLUMN_SEPARATOR = "\u0000";

    private final Map<String, Set<String>> codesByPath = new HashMap<>();
    private final Map<String, Set<String>> codesByRowAndColumn = new HashMap<>();

    private IndicatorIndex(Template template) {
        for (CatalogCell cell : template.valueCells()) {
            List<String> rowKeys = LabelPath.of(rowPath(cell, template)).tailKeys();
            List<String> columnKeys = new ArrayList<>(LabelPath.of(cell.colLabel()).tailKeys());
            columnKeys.add("");
            for (String row : rowKeys) {
                for (String column : columnKeys) {
                    add(codesByPath, column.isEmpty() ? row : row + LabelPath.SEPARATOR + column, cell.code());
                    add(codesByRowAndColumn, row + COLUMN_SEPARATOR + column, cell.code());
                }
            }
        }
    }

    public static IndicatorIndex of(Template template) {
        return new IndicatorIndex(template);
    }

    /**
     * The row label path of a cell. A vertical list (V2014) prints each label alone, so two sections may print the same
     * label ({@code （二）被依法纠错数} under 行政复议 and 行政诉讼): there the path is built from the labels of the cell's
     * parents, found by its code ({@code L04_2} → {@code L04}; {@code L01_1a} → {@code L01_1}), so that
     * {@code 四、行政复议数量/（二）被依法纠错数} names one cell.
     */
    private static String rowPath(CatalogCell cell, Template template) {
        if (cell.isMatrixCell() || cell.rowLabel().contains(LabelPath.SEPARATOR)) {
            return cell.rowLabel();
        }
        StringBuilder path = new StringBuilder(cell.rowLabel());
        for (CatalogCell parent = parentOf(cell, template); parent != null; parent = parentOf(parent, template)) {
            path.insert(0, parent.rowLabel() + LabelPath.SEPARATOR);
        }
        return path.toString();
    }

    private static CatalogCell parentOf(CatalogCell cell, Template template) {
        String code = cell.code();
        String parent = code.matches(".*\\d[a-f]") ? code.substring(0, code.length() - 1)
                : code.contains("_") ? code.substring(0, code.lastIndexOf('_')) : null;
        return parent == null ? null : template.cell(parent).orElse(null);
    }

    /** The cell named by this indicator and, when given, column; headings are never found. */
    public IndicatorMatch find(String indicator, String column) {
        if (indicator == null || indicator.isBlank()) {
            return new IndicatorMatch.NotFound();
        }
        boolean separateColumn = column != null && !column.isBlank();
        Set<String> codes = lookUp(indicator, column, separateColumn, UnaryOperator.identity());
        if (codes == null) {
            codes = lookUp(indicator, column, separateColumn, LabelPath::bare);
        }
        if (codes == null) {
            return new IndicatorMatch.NotFound();
        }
        return codes.size() == 1 ? new IndicatorMatch.Found(codes.iterator().next())
                : new IndicatorMatch.Ambiguous(List.copyOf(codes));
    }

    private Set<String> lookUp(String indicator, String column, boolean separateColumn, UnaryOperator<String> form) {
        String row = LabelPath.of(indicator).key(form);
        return separateColumn
                ? codesByRowAndColumn.get(row + COLUMN_SEPARATOR + LabelPath.of(column).key(form))
                : codesByPath.get(row);
    }

    private static void add(Map<String, Set<String>> index, String key, String code) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
        }
    }

    /** A label path split on {@code /}, each label normalised. */
    private record LabelPath(List<String> labels) {

        static final String SEPARATOR = "/";

        static LabelPath of(String text) {
            if (text == null) {
                return new LabelPath(List.of());
            }
            return new LabelPath(Arrays.stream(Labels.normalize(text).split(SEPARATOR))
                    .filter(label -> !label.isEmpty()).toList());
        }

        static String bare(String label) {
            return Labels.withoutNumbering(Labels.withoutNotes(label));
        }

        String key(UnaryOperator<String> form) {
            return String.join(SEPARATOR, labels.stream().map(form).toList());
        }

        /** The keys of every tail of the path, each label in each of its forms. */
        List<String> tailKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (int start = 0; start < labels.size(); start++) {
                keys.addAll(combinations(labels.subList(start, labels.size())));
            }
            return List.copyOf(keys);
        }

        private static List<String> combinations(List<String> labels) {
            List<String> keys = List.of("");
            for (String label : labels) {
                List<String> longer = new ArrayList<>();
                for (String prefix : keys) {
                    for (String form : forms(label)) {
                        longer.add(prefix.isEmpty() ? form : prefix + SEPARATOR + form);
                    }
                }
                keys = longer;
            }
            return keys;
        }

        private static Set<String> forms(String label) {
            return new LinkedHashSet<>(List.of(label, Labels.withoutNumbering(label), Labels.withoutNotes(label), bare(label)));
        }
    }
}
