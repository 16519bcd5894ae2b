package org.disclosurerollup.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.OfficialTableLayout;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.catalog.TemplateTable;
import org.disclosurerollup.report.ReportDomain.OutlineLine;

/**
 * Writes the draft of an area's 政府信息公开工作年度报告 (Word) in the official outline of the year's template: the
 * official tables and the sentences stating the figures come from one map of whole-area totals; what only a person can
 * write is marked {@code 【请填写：…】}; an appendix lists the figures to check before publishing.
 */
public final class AnnualReportDraft {

    /** The domain files, read once when a draft is first written. */
    private static final class Domain {
        static final ReportDomain REPORT = ReportDomain.fromClasspath();
    }

    private final ReportDomain domain;

    public AnnualReportDraft() {
        this(Domain.REPORT);
    }

    AnnualReportDraft(ReportDomain domain) {
        this.domain = domain;
    }

    /** {@code 凉州区_2024_政府信息公开工作年度报告（草稿）.docx} */
    public static String fileName(String area, int year) {
        return area + "_" + year + "_政府信息公开工作年度报告（草稿）.docx";
    }

    /** Writes the draft to {@code docx}, replacing it; the caller moves it into place. */
    public void write(ReportInput input, Path docx) throws IOException {
        requireEveryValueCell(input);
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            render(input, new ReportDocument(document));
            document.write(out);
        }
    }

    private void render(ReportInput input, ReportDocument document) {
        Template template = input.template();
        List<OutlineLine> outline = domain.outline(template);
        ReportFigures figures = new ReportFigures(domain.figures(template), input.thisYear(), input.lastYear());
        Phrases phrases = new Phrases(figures, ReportVariables.of(input, outline));
        Map<String, Map.Entry<TemplateTable, OfficialTableLayout>> tables = tables(template);
        OfficialTables officialTables = new OfficialTables(document.document());
        ReportCharts charts = new ReportCharts(document);
        String caveat = ReportVariables.changeCaveat(input);
        XWPFParagraph paragraph = null;
        boolean changesInParagraph = false;
        for (OutlineLine line : outline) {
            if (!line.when().isEmpty() && !phrases.nonZero(line.when())) {
                continue;
            }
            int changesBefore = phrases.changesStated();
            String text = phrases.fill(line.text());
            if (text.isEmpty()) {
                continue;
            }
            if (line.kind() != OutlineKind.SENTENCE && changesInParagraph) {
                document.append(paragraph, caveat);
                changesInParagraph = false;
            }
            changesInParagraph |= !caveat.isEmpty() && phrases.changesStated() > changesBefore;
            switch (line.kind()) {
                case TITLE -> document.title(text);
                case NOTE, PARAGRAPH -> paragraph = document.paragraph(text);
                case SENTENCE -> {
                    if (paragraph == null) {
                        paragraph = document.paragraph(text);
                    } else {
                        document.append(paragraph, text);
                    }
                }
                case HEADING -> document.heading(text);
                case SUBHEADING -> document.subheading(text);
                case FILL -> document.fill(text);
                case TABLE -> {
                    Map.Entry<TemplateTable, OfficialTableLayout> table = table(tables, line.text());
                    document.heading(table.getKey().title());
                    officialTables.write(table.getValue(), cell -> Wording.number(figures.cellValue(cell),
                            cell.isAmount()));
                }
                case ATTACHED_TABLE -> {
                    Map.Entry<TemplateTable, OfficialTableLayout> table = table(tables, line.text());
                    document.pageBreak();
                    document.caption("附表　" + table.getKey().title());
                    officialTables.write(table.getValue(), cell -> Wording.number(figures.cellValue(cell),
                            cell.isAmount()));
                }
                case CHART -> new ReportChart(domain, charts, input, figures).draw(line.text());
            }
            if (line.kind() != OutlineKind.PARAGRAPH && line.kind() != OutlineKind.SENTENCE) {
                paragraph = null;
            }
        }
        if (changesInParagraph) {
            document.append(paragraph, caveat);
        }
        new VerifyAppendix(document).write(input.toVerify());
    }

    private static Map<String, Map.Entry<TemplateTable, OfficialTableLayout>> tables(Template template) {
        Map<String, Map.Entry<TemplateTable, OfficialTableLayout>> byId = new LinkedHashMap<>();
        OfficialTableLayout.ofTemplate(template).entrySet().forEach(entry -> byId.put(entry.getKey().table(), entry));
        return byId;
    }

    private static Map.Entry<TemplateTable, OfficialTableLayout> table(
            Map<String, Map.Entry<TemplateTable, OfficialTableLayout>> tables, String id) {
        Map.Entry<TemplateTable, OfficialTableLayout> table = tables.get(id);
        if (table == null) {
            throw new IllegalStateException("domain/report-outline.csv 引用了不存在的表格 " + id);
        }
        return table;
    }

    private static void requireEveryValueCell(ReportInput input) {
        List<String> missing = input.template().valueCells().stream().map(CatalogCell::code)
                .filter(code -> !input.totals().containsKey(code)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(input.year() + "年的汇总数缺少 " + missing.size() + " 个代码："
                    + String.join("、", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? "等" : ""));
        }
    }
}
