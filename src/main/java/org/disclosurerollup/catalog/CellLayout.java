package org.disclosurerollup.catalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a run stores each submission's cells: the value cells of the run's template, in printed order.
 * The run keeps it ({@code rollup_run.cell_codes}), so its figures read back right even after the catalog changes.
 */
public final class CellLayout {

    private final List<String> codes;
    private final Map<String, Integer> positions = new HashMap<>();

    private CellLayout(List<String> codes) {
        this.codes = List.copyOf(codes);
        for (int i = 0; i < this.codes.size(); i++) {
            positions.put(this.codes.get(i), i);
        }
    }

    public static CellLayout of(Template template) {
        return new CellLayout(template.valueCells().stream().map(CatalogCell::code).toList());
    }

    /** The layout as {@link #text()} wrote it. */
    public static CellLayout parse(String text) {
        return new CellLayout(text.isEmpty() ? List.of() : Arrays.asList(text.split(",")));
    }

    public List<String> codes() {
        return codes;
    }

    public int size() {
        return codes.size();
    }

    /** The position of a code, or -1 when the layout has no such cell. */
    public int positionOf(String code) {
        return positions.getOrDefault(code, -1);
    }

    /** The codes, comma-separated. */
    public String text() {
        return String.join(",", codes);
    }
}
