package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.disclosurerollup.export.ExportModel;
import org.disclosurerollup.intake.RunRepository;
import org.disclosurerollup.submission.Figures;
import org.disclosurerollup.submission.SubmissionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The shipped demo input (凉州区 2017, 2023 and 2024), as the README's first command runs it. */
class DemoInputJobTests extends JobTestSupport {

    @TempDir
    Path output;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    RunRepository runs;

    @Test
    void sumsThe2017DemoWithSiBaZhensPublishedFigures() throws Exception {
        RunOutcome outcome = run(2017);

        assertThat(outcome.template()).isEqualTo("V2014");
        assertThat(outcome.counts()).isEqualTo(new ExportModel.Counts(58, 57, 1, 3, 3364, 3306, 58));
        List<Figures> siBaZhen = new ArrayList<>();
        submissions.forEachCounted(outcome.runId(), runs.cellLayout(outcome.runId()), counted -> {
            if (counted.unitCode().equals("620602116")) {
                siBaZhen.add(counted.figures());
            }
        });
        assertThat(Stream.of("L01_2_2", "L01_2_5", "L01_1a", "L03_1", "L07")
                .map(code -> siBaZhen.get(0).cell(code).forSums().intValueExact())).containsExactly(90, 267, 49, 0, 0);
        assertRowsAreAccountedFor(outcome);
    }

    @Test
    void sumsThe2024DemoAndShowsEveryKindOfProblem() throws Exception {
        RunOutcome outcome = run(2024);

        assertThat(outcome.template()).isEqualTo("V2021");
        assertThat(outcome.counts()).isEqualTo(new ExportModel.Counts(59, 54, 7, 3, 11600, 10795, 805));
        List<String> reasons = Fixtures.lines(output.resolve("2024/rejected-rows.csv")).stream().skip(1)
                .map(line -> line.split(",", -1)[6]).distinct().sorted().toList();
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).filteredOn(l -> l.startsWith("某某乡_2024.csv"))
                .containsExactly("某某乡_2024.csv,,,某某乡,,,unknown-unit,文件中的单位“某某乡”不在报送名单中："
                        + "请使用名单中的单位名称，或在单位名单（units.csv）中补充别名");
        assertThat(Fixtures.lines(output.resolve("2024/submissions.csv")))
                .filteredOn(line -> line.contains("永昌镇_2024_副本.csv")).singleElement()
                .asString().startsWith("620602103,永昌镇,township,duplicate,邮件附件/永昌镇_2024_副本.csv,");
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv")))
                .filteredOn(l -> l.startsWith("下双镇_2024.xlsx") || l.startsWith("谢河镇_2024.xlsx")).containsExactly(
                        "下双镇_2024.xlsx,,,下双镇,,,unreadable-file,文件已加密：请在Excel中取消密码后另存再提交",
                        "谢河镇_2024.xlsx,,,谢河镇,,,unreadable-file,无法读取Excel文件（文件已损坏、不完整或不是Excel工作簿）："
                                + "请用Excel或WPS打开，确认内容完整后另存为.xlsx再提交");
        assertThat(Fixtures.lines(output.resolve("2024/submissions.csv"))).filteredOn(line -> line.contains("_2024.xls"))
                .extracting(line -> String.join(",", List.of(line.split(",", -1)).subList(2, 5)) + ","
                        + String.join(",", List.of(line.split(",", -1)).subList(6, 8)))
                .containsExactlyInAnyOrder("township,rejected,谢河镇_2024.xlsx,0,0", "township,rejected,下双镇_2024.xlsx,0,0",
                        "township,accepted,五和镇_2024.xlsx,200,0", "township,accepted,九墩镇_2024.xls,200,0",
                        "township,accepted,怀安镇_2024.xlsx,200,0", "township,rejected,清水镇_2024.xlsx,0,198");
        assertThat(Fixtures.lines(output.resolve("2024/rejected-rows.csv"))).filteredOn(l -> l.startsWith("清水镇_2024.xlsx"))
                .containsExactly("清水镇_2024.xlsx,,,清水镇,,,template-mismatch,这是V2019格式的官方表格，2024年应使用V2021格式："
                        + "请使用区里下发的2024年空白填报模板（template --year 2024 生成）或本年度的官方表格重新填写");
        assertThat(reasons).containsExactly("duplicate-cell", "encoding-error", "missing-label", "negative-value",
                "not-integer", "rule-violation", "template-mismatch", "type-error", "unknown-code", "unknown-unit",
                "unreadable-file", "year-mismatch");
        try (XSSFWorkbook book = new XSSFWorkbook(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx").toFile())) {
            assertThat(book.getSheet("全区").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("本表不含未报送或被退回的 9 个单位：未报送的松树镇、区交通运输局、区统计局，"
                            + "被退回的和平镇、羊下坝镇、西营镇、谢河镇、下双镇、清水镇；"
                            + "另有 4 个单位的部分数字被退回、未计入：中坝镇（2 行）、永丰镇（2 行）、古城镇（2 行）、张义镇（1 行）（见“报送情况”）");
            assertThat(book.getSheet("区本级").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("本表不含未报送或被退回的 2 个单位：未报送的区交通运输局、区统计局（见“报送情况”）");
        }
        assertRowsAreAccountedFor(outcome);
    }

    @Test
    void sums2023AndChecksThe2024DemoAgainstIt() throws Exception {
        RunOutcome lastYear = run(2023);
        assertThat(lastYear.counts()).isEqualTo(new ExportModel.Counts(63, 63, 0, 0, 12600, 12600, 0));

        RunOutcome outcome = run(2024);

        assertThat(outcome.completed()).isTrue();
        Path workbook = output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx");
        assertThat(Fixtures.warningsListed(workbook))
                .filteredOn(line -> line.contains("|carry-over|") || line.contains("|same-as-last-year|"))
                .containsExactly(
                        "警告|金河镇_2024.csv|||金河镇|||same-as-last-year|金河镇 · 与上年（2023年）报送的数据完全相同，"
                                + "请确认不是误报了上年的报表",
                        "警告|长城镇_2024.csv|||长城镇|A02@NP||carry-over|长城镇 · 表三 上年结转政府信息公开申请数量（自然人）为 0，"
                                + "但2023年结转下年度继续办理为 1，本年少 1：请核对本年的上年结转数和上年的报表",
                        "警告|长城镇_2024.csv|||长城镇|A02@TT||carry-over|长城镇 · 表三 上年结转政府信息公开申请数量（总计）为 0，"
                                + "但2023年结转下年度继续办理为 1，本年少 1：请核对本年的上年结转数和上年的报表");
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            assertThat(book.getSheet("同比").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("凉州区 2024年全区数与2023年的比较（2023年的汇总：运行编号 " + lastYear.runId() + "，完成于 ");
            assertThat(book.getSheet("同比").getRow(1).getCell(0).getStringCellValue())
                    .startsWith("本年（2024年）的数不含未报送或被退回的 9 个单位：未报送的松树镇、")
                    .endsWith("张义镇（1 行）（见“报送情况”）。增减可能来自缺少的单位或数字，而不是工作本身的变化");
        }
        try (XWPFDocument draft = new XWPFDocument(Files.newInputStream(
                output.resolve("2024/凉州区_2024_政府信息公开工作年度报告（草稿）.docx")))) {
            List<String> paragraphs = draft.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("【请注意：2024年全区汇总数不含未报送或被退回的 9 个单位：未报送的松树镇、区交通运输局、"
                    + "区统计局，被退回的和平镇、羊下坝镇、西营镇、谢河镇、下双镇、清水镇；另有 4 个单位的部分数字被退回、未计入：中坝镇（2 行）、"
                    + "永丰镇（2 行）、古城镇（2 行）、张义镇（1 行）。文中数字和表格都不含这些单位或数字（见附录）："
                    + "发布前请督促补报或更正后重新汇总，或在文中说明。】");
            assertThat(paragraphs).filteredOn(text -> text.contains("较上年")).isNotEmpty().allMatch(text -> text.endsWith(
                    "【请核对：本年汇总数缺 9 个未报送或被退回的单位、有 4 个单位的部分数字未计入（见附录），"
                    + "与上年相比的增减可能来自缺少的单位或数字，而不是工作本身的变化。】"));
            XWPFTable appendix = draft.getTables().get(draft.getTables().size() - 1);
            assertThat(appendix.getRows().subList(1, 10)).extracting(row -> row.getCell(0).getText() + "|"
                    + row.getCell(2).getText()).containsExactly("松树镇|未报送", "区交通运输局|未报送", "区统计局|未报送",
                    "和平镇|被退回", "羊下坝镇|被退回", "西营镇|被退回", "谢河镇|被退回", "下双镇|被退回", "清水镇|被退回");
        }
        try (XSSFWorkbook complete = new XSSFWorkbook(output.resolve("2023/凉州区_2023_政府信息公开统计汇总.xlsx").toFile())) {
            assertThat((Object) complete.getSheet("全区").getRow(2)).as("no note when every unit counts").isNull();
            assertThat((Object) complete.getSheet("区本级").getRow(2)).isNull();
        }
    }

    private void assertRowsAreAccountedFor(RunOutcome outcome) {
        List<Map<String, Object>> files = jdbc.sql("""
                        SELECT f.path, f.rows_read AS read_rows, f.rows_unattributed AS unattributed,
                               (SELECT COALESCE(SUM(s.rows_read), 0) FROM submission s WHERE s.run_id = f.run_id
                                  AND s.file_id = f.file_id) AS in_submissions,
                               (SELECT COALESCE(SUM(s.rows_accepted + s.rows_rejected), 0) FROM submission s
                                  WHERE s.run_id = f.run_id AND s.file_id = f.file_id) AS judged
                        FROM input_file f WHERE f.run_id = ? AND f.status = 'readable'""")
                .param(outcome.runId()).query().listOfRows();
        assertThat(files).hasSizeGreaterThan(50).allSatisfy(file -> {
            long read = ((Number) file.get("READ_ROWS")).longValue();
            assertThat(read).as((String) file.get("PATH")).isPositive()
                    .isEqualTo(((Number) file.get("IN_SUBMISSIONS")).longValue()
                            + ((Number) file.get("UNATTRIBUTED")).longValue())
                    .isEqualTo(((Number) file.get("JUDGED")).longValue()
                            + ((Number) file.get("UNATTRIBUTED")).longValue());
        });
    }

    private RunOutcome run(int year) throws Exception {
        Path shipped = Path.of("input");
        return run(year, shipped, output);
    }

}
