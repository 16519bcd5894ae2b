package org.disclosurerollup.export;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;

/** The {@code 填表说明} sheet of a fill-in template: how to fill it in, how to name and send it, and its rules. */
final class TemplateInstructions {

    static final String MUST = "必须满足（不满足时整份报表退回修改）";
    static final String SHOULD = "警告（不退回，请核实）";

    private final WorkbookStyles styles;

    TemplateInstructions(WorkbookStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, FillInTemplate.Request request) {
        ListSheet list = new ListSheet(sheet, styles).widths(8, 96, 36);
        list.line().text("填表说明", styles.key).text(request.unitName() + " " + request.year() + "年度（"
                + request.template().id() + "）", styles.key);
        list.skip();
        section(list, "一", "怎样填写", List.of(
                "只在浅黄色单元格中填写；表格标签和表头已锁定（工作表保护，没有密码），请勿增删行列或改动文字。",
                "没有发生的填 0；不适用的填“—”；不掌握、未填的留空（留空表示未填，不会当作 0 上报）。",
                "件数、次数、人数填不小于 0 的整数，不要带单位；金额以“万元”为单位，最多两位小数，不要按“元”填写。",
                "标有“本年增/减”的栏目可以填负数，如 -3。",
                "“总计”栏可以留空，汇总时按各项之和计算并记警告；填写时必须与各项之和相等。",
                "“填报单位”和“年度”已填好，请勿改动。",
                "工作表“" + FillInTemplate.SELF_CHECK_SHEET + "”随填随查下面的校验规则：“通过”为满足，“不符”给出规则两边的数，"
                        + "统计表中相关单元格同时标红；报送前请改正“不符”的“必须相符”规则，“警告”类请核实。"));
        section(list, "二", "文件命名和报送", List.of(
                "保持 .xlsx 格式和文件名“" + FillInTemplate.fileName(request.unitName(), request.year())
                        + "”（单位名称_年度.xlsx）；更正后重报可在后面加说明，如“"
                        + FillInTemplate.fileName(request.unitName(), request.year()).replace(".xlsx", "_更正.xlsx")
                        + "”。",
                "按区政务公开办公室通知的方式和时限报送（如电子邮件附件），一个单位一个文件。"));
        list.line().text("三", styles.key).text("校验规则（汇总时逐条检查）", styles.key);
        list.line().text("序号", styles.formHeader).text("规则", styles.formHeader).text("要求", styles.formHeader);
        int number = 1;
        Map<String, String> labels = rowLabels(request.template());
        for (Rule rule : request.template().rules()) {
            if (rule.appliesTo(request.unitType())) {
                list.line().number(number++).text(plain(rule, labels))
                        .text(rule.severity() == Severity.ERROR ? MUST : SHOULD);
            }
        }
        sheet.setDisplayGridlines(false);
    }

    private void section(ListSheet list, String number, String title, List<String> points) {
        list.line().text(number, styles.key).text(title, styles.key);
        int point = 1;
        for (String text : points) {
            list.line().number(point++).text(text);
        }
        list.skip();
    }

    /** A rule's message with the row codes it names ({@code 表三A03_3_1行}) replaced by the printed row labels. */
    static String plain(Rule rule, Map<String, String> rowLabels) {
        if (rowLabels.isEmpty()) {
            return rule.message();
        }
        String codes = rowLabels.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Matcher matcher = Pattern.compile("(?<![A-Za-z0-9_])(" + codes + ")(?![A-Za-z0-9_@])").matcher(rule.message());
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement("“" + rowLabels.get(matcher.group(1)) + "”"));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** Each row code's printed label: its path without the outermost group when the path is three deep. */
    static Map<String, String> rowLabels(Template template) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (CatalogCell cell : template.cells()) {
            List<String> path = List.of(cell.rowLabel().split("/"));
            List<String> shown = path.size() >= 3 ? path.subList(1, path.size()) : path;
            labels.putIfAbsent(cell.rowCode(), String.join("·", shown));
        }
        return labels;
    }
}
