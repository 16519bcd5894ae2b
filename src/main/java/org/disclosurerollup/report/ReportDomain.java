package org.disclosurerollup.report;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;

/**
 * What the annual report says, by template, read from {@code domain/report-outline.csv} (its parts and sentences, in
 * order), {@code report-figures.csv} (named sums of cells) and {@code report-charts.csv}. A line applies to the
 * templates listed in its {@code templates} column.
 */
final class ReportDomain {

    private static final String FOLDER = "/domain/";

    /** One line of the outline; {@code when} names a figure that must be non-zero for the line to be written. */
    record OutlineLine(Set<String> templates, OutlineKind kind, String text, String when) {
    }

    /** One line of {@code report-figures.csv}: a figure's name and the codes summed, in one or more templates. */
    record FigureLine(Set<String> templates, String name, List<String> codes, boolean verify) {
    }

    /**
     * One chart: a figure (or cell code) per category or series.
     *
     * @param note printed under a chart whose years span more than one template
     */
    record ChartLine(Set<String> templates, String id, String title, List<String> figures, String note) {
    }

    private final List<OutlineLine> outline;
    private final List<FigureLine> figures;
    private final List<ChartLine> charts;

    ReportDomain(List<OutlineLine> outline, List<FigureLine> figures, List<ChartLine> charts) {
        this.outline = List.copyOf(outline);
        this.figures = List.copyOf(figures);
        this.charts = List.copyOf(charts);
    }

    static ReportDomain fromClasspath() {
        return new ReportDomain(
                read("report-outline.csv", line -> new OutlineLine(templates(line), OutlineKind.of(line.get("kind")),
                        line.get("text").strip(), blankToEmpty(line.get("when")))),
                read("report-figures.csv", line -> new FigureLine(templates(line), line.get("figure").strip(),
                        Arrays.stream(line.get("codes").split("\\+")).map(String::strip).toList(),
                        "yes".equals(blankToEmpty(line.get("verify"))))),
                read("report-charts.csv", line -> new ChartLine(templates(line), line.get("chart").strip(),
                        line.get("title").strip(), Arrays.stream(line.get("categories").split(";"))
                        .map(String::strip).toList(), blankToEmpty(line.get("note")))));
    }

    List<OutlineLine> outline(Template template) {
        return outline.stream().filter(line -> line.templates().contains(template.id())).toList();
    }

    /** The named figures of a template, checked against its cells. */
    Figures figures(Template template) {
        Map<String, Figure> named = new LinkedHashMap<>();
        for (FigureLine line : figures) {
            if (line.templates().contains(template.id())) {
                List<CatalogCell> cells = line.codes().stream().map(code -> valueCell(template, code, line.name()))
                        .toList();
                named.put(line.name(), new Figure(line.name(), cells, line.verify()));
            }
        }
        return new Figures(template, named);
    }

    Optional<ChartLine> chart(Template template, String id) {
        return charts.stream().filter(chart -> chart.id().equals(id) && chart.templates().contains(template.id()))
                .findFirst();
    }

    private static CatalogCell valueCell(Template template, String code, String figure) {
        return template.cell(code).filter(CatalogCell::carriesValue).orElseThrow(() -> new IllegalStateException(
                "domain/report-figures.csv：数字“" + figure + "”中的代码 " + code + " 不是 " + template.id()
                        + " 中有数值的单元格"));
    }

    private static Set<String> templates(Map<String, String> line) {
        return Set.of(line.get("templates").strip().split("\\s+"));
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    private static <T> List<T> read(String file, Function<Map<String, String>, T> mapper) {
        try (InputStream in = ReportDomain.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("缺少数据文件 " + FOLDER + file);
            }
            try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(in,
                    StandardCharsets.UTF_8))) {
                List<T> lines = new ArrayList<>();
                Map<String, String> line;
                while ((line = csv.readMap()) != null) {
                    lines.add(mapper.apply(line));
                }
                return lines;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException(FOLDER + file + "：" + e.getMessage(), e);
        }
    }
}
