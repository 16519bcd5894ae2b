package org.disclosurerollup.demo;

import static org.disclosurerollup.demo.LongCsvLayout.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The shipped 2017 input (V2014): 四坝镇's published figures, three units missing, a few V2014 cases. */
final class Demo2017 {

    static final int YEAR = 2017;
    static final List<String> MISSING = List.of("区水务局", "区统计局", "金沙镇");

    private Demo2017() {
    }

    static List<DemoFile> files(DemoYear year) {
        List<DemoFile> files = new ArrayList<>();
        files.add(year.file(year.fileName("四坝镇"), standard(), "四坝镇 2017 年公开的统计数，原样照录",
                year.submission("四坝镇", PublishedFigures.siBaZhen2017())));

        Map<String, BigDecimal> jinTa = year.figures("金塔乡");
        files.add(year.file(year.fileName("金塔乡"), standard(),
                "L03_1 收到申请数（合计行）留空：由分项推算，记警告（推算值 " + jinTa.get("L03_1") + "）",
                year.submission("金塔乡", jinTa).value("L03_1", "")));

        Map<String, BigDecimal> jiuDun = year.figures("九墩乡");
        String wrongTotal = jiuDun.get("L04").add(BigDecimal.ONE).toPlainString();
        files.add(year.file(year.fileName("九墩乡"), standard(),
                "L04 行政复议数量填 " + wrongTotal + "，分项之和 " + jiuDun.get("L04") + "：违反规则 L-R5a，整份退回",
                year.submission("九墩乡", jiuDun).value("L04", wrongTotal)));

        Map<String, BigDecimal> baiShu = year.figures("柏树乡");
        baiShu.put("L08_4", new BigDecimal("0.35"));
        files.add(year.file(year.fileName("柏树乡"), standard(), "L08_4 专项经费写成“3500元”：换算为 0.35 万元，记警告",
                year.submission("柏树乡", baiShu).value("L08_4", "3500元")));

        files.add(year.excelFile("长城镇_2017.xlsx", (title, rows) -> OfficialFormLayout.filledTemplate(year.template(),
                "长城镇", "township", YEAR, rows), "官方表格格式：用 template 命令生成的模板填写", year.submission("长城镇")));

        List<String> leftOut = Stream.concat(MISSING.stream(), files.stream().flatMap(f -> f.units().stream())).toList();
        files.addAll(year.ordinaryFilesExcept(leftOut));
        return files;
    }
}
