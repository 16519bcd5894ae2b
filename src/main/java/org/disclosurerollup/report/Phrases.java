package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosurerollup.catalog.CatalogCell;

/**
 * Fills the placeholders of a text of {@code report-outline.csv}:
 * <ul>
 *   <li>{@code {year}}, {@code {area}} … — a variable of the report;</li>
 *   <li>{@code {新收申请}}, {@code {A01@NP}} — a figure (named in {@code report-figures.csv}, or a cell by code) with
 *       its unit: {@code 123件};</li>
 *   <li>{@code {新收申请|change}} — and its change on last year as a clause: {@code 123件，较上年增加23件（增长23.0%）};</li>
 *   <li>{@code {A01@NP|change-in-brackets}} — or in brackets: {@code 100件（较上年增加20件，增长25.0%）};</li>
 *   <li>{@code {不予公开|parts}} — its non-zero cells by their labels: {@code 属于国家秘密1件，保护第三方合法权益2件}.</li>
 * </ul>
 * Without last year's figure (no last year, or a cell that does not compare) a change is left out.
 */
final class Phrases {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}|]+)(?:\\|([a-z-]+))?}");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:其中：|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\\.)");
    private static final Pattern TRAILING_NOTE = Pattern.compile("(?<=.)（[^（）]*）$");

    private final ReportFigures figures;
    private final Map<String, String> variables;
    private int changesStated;

    Phrases(ReportFigures figures, Map<String, String> variables) {
        this.figures = figures;
        this.variables = Map.copyOf(variables);
    }

    String fill(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(
                    replacement(placeholder.group(1), placeholder.group(2))));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** How many changes on last year the texts filled so far have stated. */
    int changesStated() {
        return changesStated;
    }

    /** Whether a figure is not zero this year: the condition of a line with {@code when}. */
    boolean nonZero(String figure) {
        return figures.value(figures.figure(figure)).signum() != 0;
    }

    /** A cell's short label: the last segment of its row path (or of its column path) without numbering and notes. */
    static String shortLabel(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        String label = NUMBERING.matcher(last).replaceFirst("");
        return TRAILING_NOTE.matcher(label).replaceFirst("");
    }

    private String replacement(String name, String modifier) {
        if (modifier == null && variables.containsKey(name)) {
            return variables.get(name);
        }
        Figure figure = figures.figure(name);
        String quantity = Wording.quantity(figures.value(figure), figure.amount(), figure.unit());
        return switch (modifier == null ? "" : modifier) {
            case "" -> quantity;
            case "change" -> quantity + stated(figures.change(figure).map(Wording.Change::clause));
            case "change-in-brackets" -> quantity + stated(figures.change(figure).map(Wording.Change::bracketed));
            case "parts" -> parts(figure);
            default -> throw new IllegalStateException("年度报告数据文件中“{" + name + "|" + modifier + "}”的写法无法识别，"
                    + "可用 change、change-in-brackets、parts");
        };
    }

    private String stated(Optional<String> change) {
        change.ifPresent(clause -> changesStated++);
        return change.orElse("");
    }

    private String parts(Figure figure) {
        boolean oneRow = figure.cells().stream().map(CatalogCell::rowCode).distinct().count() == 1;
        return figure.cells().stream()
                .filter(cell -> figures.cellValue(cell).signum() != 0)
                .map(cell -> shortLabel(oneRow ? cell.colLabel() : cell.rowLabel())
                        + quantity(figures.cellValue(cell), cell))
                .collect(Collectors.joining("，"));
    }

    private static String quantity(BigDecimal value, CatalogCell cell) {
        return Wording.quantity(value, cell.isAmount(), cell.unit());
    }
}
