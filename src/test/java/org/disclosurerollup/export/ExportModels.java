package org.disclosurerollup.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.export.ExportModel.Counts;
import org.disclosurerollup.export.ExportModel.InputFileFact;
import org.disclosurerollup.export.ExportModel.ProblemLine;
import org.disclosurerollup.export.ExportModel.RunFacts;
import org.disclosurerollup.export.ExportModel.Scope;
import org.disclosurerollup.export.ExportModel.SubmissionLine;
import org.disclosurerollup.export.ExportModel.UnitFigures;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.lastyear.YearOnYear;
import org.disclosurerollup.register.AreaLevels;
import org.disclosurerollup.report.ReportInput;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.SubmissionStatus;

/** Small hand-built models: two counted units, one rejected, one missing; a few non-zero totals. */
final class ExportModels {

    static final List<Scope> SCOPES = List.of(new Scope("all", "全区"), new Scope("district", "区本级"),
            new Scope("government", "区政府"), new Scope("department", "区直部门"), new Scope("township", "乡镇街道"));
    static final String HYPERLINK = "=HYPERLINK(\"http://example.com\",\"点我\")";
    static final String SHA = "ab12cd34";

    private ExportModels() {
    }

    /** V2021 for 2024: 全区 P01@M 7, P06@AMT 1.275, A01@NP 5, A01@TT 5; 区本级 P06@AMT 0.125. */
    static ExportModel v2021(Template template) {
        Map<String, Map<String, BigDecimal>> totals = zeroTotals(template);
        totals.get("all").put("P01@M", new BigDecimal("7"));
        totals.get("all").put("P06@AMT", new BigDecimal("1.275"));
        totals.get("all").put("A01@NP", new BigDecimal("5"));
        totals.get("all").put("A01@TT", new BigDecimal("5"));
        totals.get("district").put("P06@AMT", new BigDecimal("0.125"));
        totals.get("township").put("P06@AMT", new BigDecimal("1.15"));
        List<UnitFigures> units = List.of(
                new UnitFigures("620602100", "四坝镇", "township", "四坝镇_2024.csv", Map.of(
                        "P01@M", CellValue.of(new BigDecimal("7")),
                        "P06@AMT", CellValue.of(new BigDecimal("1.15")),
                        "A01@NP", CellValue.ZERO,
                        "A02@NP", CellValue.NA)),
                new UnitFigures("D01", "区财政局", "department", "财政局/区财政局_2024.xlsx", Map.of(
                        "P06@AMT", CellValue.of(new BigDecimal("0.125")))));
        return model(template, 2024, totals, units);
    }

    /** V2014 for 2017: 全区 L01_2_2 90, L07 1.275. */
    static ExportModel v2014(Template template) {
        Map<String, Map<String, BigDecimal>> totals = zeroTotals(template);
        totals.get("all").put("L01_2_2", new BigDecimal("90"));
        totals.get("all").put("L07", new BigDecimal("1.275"));
        List<UnitFigures> units = List.of(new UnitFigures("620602100", "四坝镇", "township", "四坝镇_2017.xlsx",
                Map.of("L01_2_2", CellValue.of(new BigDecimal("90")))));
        return model(template, 2017, totals, units);
    }

    static Map<String, Map<String, BigDecimal>> zeroTotals(Template template) {
        Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        for (Scope scope : SCOPES) {
            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
            for (CatalogCell cell : template.valueCells()) {
                byCode.put(cell.code(), BigDecimal.ZERO);
            }
            totals.put(scope.id(), byCode);
        }
        return totals;
    }

    static ExportModel model(Template template, int year, Map<String, Map<String, BigDecimal>> totals,
                             List<UnitFigures> units) {
        List<SubmissionLine> statuses = List.of(
                new SubmissionLine("620602100", "四坝镇", "township", SubmissionStatus.ACCEPTED,
                        "四坝镇_" + year + ".csv", SHA, 12, 1, ""),
                new SubmissionLine("D01", "区财政局", "department", SubmissionStatus.ACCEPTED,
                        "财政局/区财政局_" + year + ".xlsx", SHA, 3, 0, ""),
                new SubmissionLine("620602101", "韩佐镇", "township", SubmissionStatus.MISSING, "", "", 0, 0,
                        "未收到报送文件"),
                new SubmissionLine("D02", "区教育局", "department", SubmissionStatus.REJECTED, "教育局,2024.csv", SHA,
                        0, 4, "不符合勾稽关系"));
        List<ProblemLine> problems = List.of(
                new ProblemLine(Severity.ERROR, "四坝镇_" + year + ".csv", "", 7, "四坝镇", "P01@M", HYPERLINK,
                        "type-error", "第7行的数值不是数字，请改为数字"),
                new ProblemLine(Severity.WARN, "四坝镇_" + year + ".csv", "", null, "四坝镇", "A01@TT", "",
                        "derived-total", "总计列未填写，已由各列相加得出"),
                new ProblemLine(Severity.ERROR, "教育局,2024.csv", "", null, "区教育局", "T3-NP", "-3",
                        "rule-violation", "表三 自然人列：一(3)+二(0)=3，三(七)总计(2)+四(0)=2，差额1"));
        RunFacts facts = new RunFacts("凉州区", year, 17L, "ab".repeat(32), LocalDateTime.of(year + 1, 1, 20, 9, 0),
                LocalDateTime.of(year + 1, 1, 20, 9, 1, 30), "input/" + year,
                ExportModel.Lines.of(List.of(new InputFileFact("四坝镇_" + year + ".csv", SHA, 2048,
                        FileStatus.READABLE, 13, 12, 1))),
                new Counts(3, 2, 1, 1, 20, 15, 5));
        ReportInput report = new ReportInput("凉州区", "全区", year, template, List.of("区政府及区直各部门", "各乡镇（街道）"),
                totals.get("all"), Optional.empty(), List.of(), List.of());
        return new ExportModel(facts, template, SCOPES, totals, ExportModel.Lines.of(units),
                ExportModel.Lines.of(statuses), ExportModel.Lines.of(problems), YearOnYear.none(year), report,
                AreaLevels.fromClasspath().of("凉州区"), List.of(), ExportModel.Completeness.COMPLETE);
    }
}
