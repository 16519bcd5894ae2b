package org.disclosurerollup.demo;

import static org.disclosurerollup.demo.LongCsvLayout.standard;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.demo.LongCsvLayout.Column;

/** The shipped 2024 input (V2021): every file form and value form the reader handles, and one of each defect. */
final class Demo2024 {

    static final int YEAR = 2024;
    private static final Template V2019 = Catalog.fromClasspath().template("V2019").orElseThrow();
    static final List<String> MISSING = List.of("区交通运输局", "区统计局", "松树镇");
    static final List<String> DEPARTMENTS_IN_ONE_FILE = List.of("区发展和改革局", "区教育局", "区民政局", "区司法局");

    private Demo2024() {
    }

    static List<DemoFile> files(DemoYear year) {
        List<DemoFile> files = new ArrayList<>();
        files.addAll(fileForms(year));
        files.addAll(valueForms(year));
        files.addAll(rejectedFiles(year));
        files.addAll(rejectedRows(year));
        files.addAll(ruleOutcomes(year));
        files.addAll(excelFiles(year));
        List<String> leftOut = Stream.concat(MISSING.stream(), files.stream().flatMap(f -> f.units().stream())).toList();
        files.addAll(year.ordinaryFilesExcept(leftOut));
        return files;
    }

    private static List<DemoFile> fileForms(DemoYear year) {
        return List.of(
                year.file(year.fileName("东关街街道"), standard().withByteOrderMark(), "UTF-8 带 BOM",
                        year.submission("东关街街道")),
                year.file(year.fileName("西大街街道"), standard().encodedIn(Charset.forName("GB18030")), "GB18030 编码",
                        year.submission("西大街街道")),
                year.file(year.fileName("西关街街道"), standard().separatedBy('\t').withColumns(
                                Column.VALUE.named("value"), Column.CODE.named("code"), Column.UNIT.named("unit"),
                                Column.YEAR.named("year")),
                        "制表符分隔，英文表头且顺序不同（value,code,unit,year）", year.submission("西关街街道")),
                year.file(year.fileName("火车站街街道"), standard().separatedBy(';'), "分号分隔",
                        year.submission("火车站街街道")),
                year.file("黄羊镇人民政府_2024_更正.csv", standard().withColumns(Column.CODE, Column.INDICATOR, Column.VALUE),
                        "没有单位、年度列：由文件名得出（别名“黄羊镇人民政府”）", year.submission("黄羊镇")),
                year.file("区直部门汇总_2024.csv", standard(), "一个文件含 4 个区直部门",
                        DEPARTMENTS_IN_ONE_FILE.stream().map(year::submission).toArray(DemoSubmission[]::new)),
                year.file("邮件附件/" + year.fileName("永昌镇"), standard(), "在年度文件夹的子文件夹里",
                        year.submission("永昌镇")),
                year.file("邮件附件/" + year.fileName("永昌镇").replace(".csv", "_副本.csv"), standard(),
                        "同一文件的第二个副本（内容完全相同：重复文件，只计一次）", year.submission("永昌镇")),
                year.file(year.fileName("凉州区武南镇"), standard(), "单位名带区名前缀“凉州区武南镇”",
                        year.submission("武南镇").unitWrittenAs("凉州区武南镇")),
                year.file(year.fileName("清源镇人民政府"), standard(), "单位名写作别名“清源镇人民政府”",
                        year.submission("清源镇").unitWrittenAs("清源镇人民政府")));
    }

    private static List<DemoFile> valueForms(DemoYear year) {
        Map<String, BigDecimal> fengLe = year.figures("丰乐镇");
        fengLe.put("P03@N", BigDecimal.valueOf(1234));
        fengLe.put("P04@N", BigDecimal.valueOf(12));
        Map<String, BigDecimal> gaoBa = year.figures("高坝镇");
        gaoBa.put("P06@AMT", new BigDecimal("12.50"));
        Map<String, BigDecimal> jinYang = year.figures("金羊镇");
        jinYang.put("P06@AMT", new BigDecimal("0.35"));
        return List.of(
                year.file(year.fileName("双城镇"), standard(), "零值写法：P01@M“0件”、P01@R“—”、P01@V 留空",
                        year.submission("双城镇").value("P01@M", "0件").value("P01@R", "—").value("P01@V", "")),
                year.file(year.fileName("丰乐镇"), standard(), "全角数字 P04@N“１２”，千分位 P03@N“1,234”",
                        year.submission("丰乐镇", fengLe).value("P04@N", "１２").value("P03@N", "1,234")),
                year.file(year.fileName("高坝镇"), standard(), "P06@AMT 写成“12.5万元”",
                        year.submission("高坝镇", gaoBa).value("P06@AMT", "12.5万元")),
                year.file(year.fileName("金羊镇"), standard(), "P06@AMT 写成“3500元”：换算为 0.35 万元，记警告",
                        year.submission("金羊镇", jinYang).value("P06@AMT", "3500元")));
    }

    private static List<DemoFile> rejectedFiles(DemoYear year) {
        return List.of(
                year.file("某某乡_2024.csv", standard(), "单位“某某乡”不在名册中（unknown-unit），整个文件退回",
                        year.submission("某某乡")),
                year.file(year.fileName("和平镇"), standard().withColumns(Column.UNIT, Column.YEAR, Column.CODE,
                        Column.INDICATOR), "缺少“数值”列（missing-label），整个文件退回", year.submission("和平镇")),
                year.file(year.fileName("羊下坝镇"), standard(), "", year.submission("羊下坝镇"))
                        .damaged("含有既非 UTF-8 也非 GB18030 的字节（encoding-error），整个文件退回"));
    }

    private static List<DemoFile> rejectedRows(DemoYear year) {
        Map<String, BigDecimal> guCheng = year.figures("古城镇");
        guCheng.put("P03@N", BigDecimal.valueOf(86));
        return List.of(
                year.file(year.fileName("中坝镇"), standard(), "P04@N 写“十二”（type-error），P05@N 写“-3”（negative-value）",
                        year.submission("中坝镇").value("P04@N", "十二").value("P05@N", "-3")),
                year.file(year.fileName("永丰镇"), standard(), "P02@V 写“2.5”（not-integer），多一行未知代码 L99（unknown-code）",
                        year.submission("永丰镇").value("P02@V", "2.5").extraRow("L99", "其他事项", "3")),
                year.file(year.fileName("古城镇"), standard(),
                        "P03@N 出现两次（86、91）且数值不同（duplicate-cell）：两行都退回，该格按未填",
                        year.submission("古城镇", guCheng).repeat("P03@N", "91")),
                year.file(year.fileName("张义镇"), standard(), "P01@R 一行的年度写成 2023（year-mismatch）",
                        year.submission("张义镇").year("P01@R", "2023")));
    }

    private static List<DemoFile> excelFiles(DemoYear year) {
        return List.of(
                year.excelFile("五和镇_2024.xlsx", LongExcelLayout::xlsx,
                        "Excel .xlsx 长表：第一个工作表是“填表说明”，数据表有标题行，数值为数字单元格",
                        year.submission("五和镇").value("P01@M", "0件").value("P01@R", "—")),
                year.excelFile("九墩镇_2024.xls", LongExcelLayout::xls, "Excel 97-2003 .xls 长表",
                        year.submission("九墩镇")),
                year.excelFile("下双镇_2024.xlsx", (title, rows) -> LongExcelLayout.encryptedXlsx(title, rows, "123456"),
                        "设了打开密码的 .xlsx（unreadable-file），整个文件退回", year.submission("下双镇")),
                year.excelFile("谢河镇_2024.xlsx", LongExcelLayout::truncatedXlsx,
                        "只传了一半的 .xlsx（unreadable-file），整个文件退回", year.submission("谢河镇")),
                year.excelFile("怀安镇_2024.xlsx", (title, rows) -> OfficialFormLayout.filledTemplate(year.template(),
                                "怀安镇", "township", YEAR, rows),
                        "官方表格格式：用 template 命令生成的模板填写", year.submission("怀安镇")),
                year.excelFile("清水镇_2024.xlsx", (title, rows) -> OfficialFormLayout.filledTemplate(V2019,
                                "清水镇", "township", YEAR, rows),
                        "用了 V2019 格式的官方表格（template-mismatch），整个文件退回",
                        year.submission("清水镇", V2019, ConsistentFigures.generate(V2019, new Random(7), Scale.SMALL))));
    }

    private static List<DemoFile> ruleOutcomes(DemoYear year) {
        Map<String, BigDecimal> xiYing = year.figures("西营镇");
        xiYing.putAll(Map.of("R1@KEEP", BigDecimal.valueOf(2), "R1@CORR", BigDecimal.ONE, "R1@OTH", BigDecimal.ZERO,
                "R1@PEND", BigDecimal.ZERO, "R1@TOT", BigDecimal.valueOf(3)));
        Map<String, BigDecimal> hongXiang = year.figures("洪祥镇");
        return List.of(
                year.file(year.fileName("西营镇"), standard(),
                        "R1@TOT 行政复议总计填 4，分项 2+1+0+0=3：违反规则 R-SUM-R1（rule-violation），整份退回",
                        year.submission("西营镇", xiYing).value("R1@TOT", "4")),
                year.file(year.fileName("洪祥镇"), standard(), "A01@TT 本年新收总计留空：由各列推算（推算值 "
                                + hongXiang.get("A01@TT") + "），记警告",
                        year.submission("洪祥镇", hongXiang).value("A01@TT", "")));
    }
}
