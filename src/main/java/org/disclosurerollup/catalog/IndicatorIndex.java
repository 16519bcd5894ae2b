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

    private IndicatorIndex(List<CatalogCell> valueCells) {
        for (CatalogCell cell : valueCells) {
            List<String> rowKeys = LabelPath.of(cell.rowLabel()).tailKeys();
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
        return new IndicatorIndex(template.valueCells());
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
