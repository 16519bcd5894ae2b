package org.disclosurerollup.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;

/** One table format (V2014, V2019, V2021): its tables, cells in printed order, and rules. */
public final class Template {

    private final String id;
    private final String title;
    private final List<TemplateTable> tables;
    private final Map<String, CatalogCell> cellsByCode;
    private final List<CatalogCell> cells;
    private final List<CatalogCell> valueCells;
    private final List<Rule> rules;

    Template(String id, String title, List<TemplateTable> tables, List<CatalogCell> cells, List<Rule> rules) {
        this.id = id;
        this.title = title;
        this.tables = List.copyOf(tables);
        Map<String, CatalogCell> byCode = new LinkedHashMap<>();
        cells.forEach(cell -> byCode.put(cell.code(), cell));
        this.cellsByCode = Collections.unmodifiableMap(byCode);
        this.cells = List.copyOf(byCode.values());
        this.valueCells = this.cells.stream().filter(CatalogCell::carriesValue).toList();
        this.rules = List.copyOf(rules);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<TemplateTable> tables() {
        return tables;
    }

    /** Every cell in printed order, headings included. */
    public List<CatalogCell> cells() {
        return cells;
    }

    /** The cells that carry a value, in printed order. */
    public List<CatalogCell> valueCells() {
        return valueCells;
    }

    public List<CatalogCell> cellsOf(String table) {
        return cellsByCode.values().stream().filter(cell -> cell.table().equals(table)).toList();
    }

    public Optional<CatalogCell> cell(String code) {
        return Optional.ofNullable(cellsByCode.get(code));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Changes whenever a cell, label or rule of this template changes in the data files: part of a run's identity. */
    public String contentHash() {
        StringBuilder text = new StringBuilder(id).append('\n').append(title).append('\n');
        tables.forEach(table -> text.append(table).append('\n'));
        cellsByCode.values().forEach(cell -> text.append(cell).append('\n'));
        rules.forEach(rule -> text.append(rule.id()).append('|').append(rule.severity()).append('|')
                .append(rule.appliesTo()).append('|').append(rule.expression()).append('|').append(rule.message())
                .append('\n'));
        return DigestUtils.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return id;
    }
}
