package org.disclosurerollup.catalog;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads {@code domain/templates.csv}, {@code tables.csv}, {@code catalog.csv} and {@code rules.csv} from the classpath. */
final class CatalogLoader {

    private static final String FOLDER = "/domain/";

    Catalog load() {
        List<TemplateYears> years = read("templates.csv", r -> new TemplateYears(r.get("template"),
                year(r.get("from_year")), year(r.get("to_year")), r.get("title")));
        List<TemplateTable> tables = read("tables.csv", r -> new TemplateTable(r.get("template"), r.get("table"),
                r.get("title"), r.get("shape"), r.get("corner"), r.get("column_group")));
        List<CatalogCell> cells = read("catalog.csv", r -> new CatalogCell(r.get("template"), r.get("table"), r.get("code"),
                r.get("row_code"), r.get("row_label"), r.get("col_code"), r.get("col_label"), r.get("unit"),
                CellType.of(r.get("type"))));
        List<String[]> ruleLines = read("rules.csv", r -> new String[] {r.get("template"), r.get("rule"),
                r.get("severity"), r.get("applies_to"), r.get("expression"), r.get("message")});

        Map<String, Template> templates = new LinkedHashMap<>();
        for (TemplateYears y : years) {
            String id = y.template();
            List<CatalogCell> own = cells.stream().filter(c -> c.template().equals(id)).toList();
            if (own.isEmpty()) {
                throw new CatalogException("catalog.csv 中没有格式 " + id + " 的单元格");
            }
            Set<String> valueCodes = own.stream().filter(CatalogCell::carriesValue).map(CatalogCell::code)
                    .collect(Collectors.toSet());
            RuleParser parser = new RuleParser(valueCodes);
            List<Rule> rules = ruleLines.stream().filter(l -> l[0].equals(id))
                    .map(l -> parser.parse(l[0], l[1], Severity.of(l[2]), l[3].trim(), l[4], l[5])).toList();
            templates.put(id, new Template(id, y.title(),
                    tables.stream().filter(t -> t.template().equals(id)).toList(), own, rules));
        }
        return new Catalog(templates, years);
    }

    private static Integer year(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    private static <T> List<T> read(String file, Function<Map<String, String>, T> mapper) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new CatalogException("缺少数据文件 " + FOLDER + file);
            }
            try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<T> result = new ArrayList<>();
                Map<String, String> row;
                while ((row = csv.readMap()) != null) {
                    result.add(mapper.apply(row));
                }
                return result;
            }
        } catch (IOException | CsvException e) {
            throw new CatalogException("无法读取数据文件 " + FOLDER + file + "：" + e.getMessage());
        }
    }
}
