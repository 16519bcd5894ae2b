package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FiguresToVerifyTest {

    private static final String TOWNSHIP = "乡镇街道";
    private static final String DEPARTMENT = "区直部门";
    private static final String APPLICATIONS = "新收申请（A01@TT）";
    private static final String FAR_ABOVE = "远高于同类单位：请核对是否把全区、本级或多个单位的数字填成了本单位的，"
            + "是否重复计数或填错栏目";

    /**
     * Twenty townships: sixteen with 0 to 7 new applications, 四坝镇 60 (last year 3), 金河镇 5 (last year 40), 长城镇 11
     * (last year 2: a change under 10), 黄羊镇 12 (last year 0); three departments, one with 500.
     */
    private static List<UnitValues> thisYear() {
        List<UnitValues> units = new ArrayList<>();
        int[] small = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7};
        for (int i = 0; i < small.length; i++) {
            units.add(unit("T" + i, "乡镇" + i, TOWNSHIP, small[i]));
        }
        units.add(unit("SB", "四坝镇", TOWNSHIP, 60));
        units.add(unit("JH", "金河镇", TOWNSHIP, 5));
        units.add(unit("CC", "长城镇", TOWNSHIP, 11));
        units.add(unit("HY", "黄羊镇", TOWNSHIP, 12));
        units.add(unit("D1", "区教育局", DEPARTMENT, 500));
        units.add(unit("D2", "区民政局", DEPARTMENT, 3));
        units.add(unit("D3", "区财政局", DEPARTMENT, 4));
        return units;
    }

    private static List<UnitValues> lastYear() {
        return List.of(unit("SB", "四坝镇", TOWNSHIP, 3), unit("JH", "金河镇", TOWNSHIP, 40),
                unit("CC", "长城镇", TOWNSHIP, 2), unit("HY", "黄羊镇", TOWNSHIP, 0),
                unit("D1", "区教育局", DEPARTMENT, 480));
    }

    private static UnitValues unit(String code, String name, String type, int applications) {
        return new UnitValues(code, name, type, Map.of("A01@NP", BigDecimal.valueOf(applications),
                "A01@TT", BigDecimal.valueOf(applications)));
    }

    @Test
    void listsSharpChangesThenUnitsFarAboveTheirType() {
        FiguresToVerify figures = new FiguresToVerify(ReportFixtures.V2021, Optional.of(ReportFixtures.V2021));

        List<VerifyLine> lines = figures.lines(once(thisYear()), once(lastYear()));

        assertThat(lines).containsExactly(
                new VerifyLine("四坝镇", APPLICATIONS, "60", "上年3",
                        "本年是上年的20.0倍（增加57）：请核对是否多填、重复计数或填错栏目"),
                new VerifyLine("金河镇", APPLICATIONS, "5", "上年40",
                        "本年只有上年的12.5%（减少35）：请核对是否漏填或填错栏目"),
                new VerifyLine("黄羊镇", APPLICATIONS, "12", "上年0",
                        "上年为0，本年12：请核对是否多填、重复计数或填错栏目"),
                new VerifyLine("四坝镇", APPLICATIONS, "60",
                        "同类（乡镇街道，20个）上四分位数6.25，四分位距4.25，上限19", FAR_ABOVE));
    }

    @Test
    void withoutLastYearOnlyUnitsFarAboveTheirType() {
        FiguresToVerify figures = new FiguresToVerify(ReportFixtures.V2021, Optional.empty());

        assertThat(figures.lines(thisYear(), List.of())).extracting(VerifyLine::unit).containsExactly("四坝镇");
    }

    @Test
    void aFigureWhoseCellsChangedWithTheFormatIsNotCompared() {
        UnitValues now = new UnitValues("SB", "四坝镇", TOWNSHIP, Map.of("P02@M", BigDecimal.valueOf(90)));
        UnitValues then = new UnitValues("SB", "四坝镇", TOWNSHIP, Map.of("P02@NEWMADE", BigDecimal.ONE,
                "A01@TT", BigDecimal.ZERO));
        FiguresToVerify figures = new FiguresToVerify(ReportFixtures.V2021, Optional.of(ReportFixtures.V2019));

        assertThat(figures.lines(List.of(now), List.of(then))).isEmpty();
    }

    @Test
    void aFigureWithACellNotSubmittedIsNotComparedWithLastYear() {
        List<UnitValues> now = new ArrayList<>(thisYear());
        now.replaceAll(unit -> unit.unitCode().equals("JH") ? notSubmitted("JH", "金河镇", TOWNSHIP) : unit);
        List<UnitValues> then = new ArrayList<>(lastYear());
        then.replaceAll(unit -> unit.unitCode().equals("SB") ? notSubmitted("SB", "四坝镇", TOWNSHIP) : unit);
        FiguresToVerify figures = new FiguresToVerify(ReportFixtures.V2021, Optional.of(ReportFixtures.V2021));

        assertThat(figures.lines(now, then)).containsExactly(
                new VerifyLine("黄羊镇", APPLICATIONS, "12", "上年0", "上年为0，本年12：请核对是否多填、重复计数或填错栏目"),
                new VerifyLine("四坝镇", APPLICATIONS, "60",
                        "同类（乡镇街道，19个）上四分位数6.5，四分位距4.5，上限20", FAR_ABOVE));
    }

    @Test
    void aUnitWhoseFigureWasNotSubmittedIsNotOneOfItsType() {
        List<UnitValues> now = new ArrayList<>(thisYear());
        now.set(0, notSubmitted("T0", "乡镇0", TOWNSHIP));
        FiguresToVerify figures = new FiguresToVerify(ReportFixtures.V2021, Optional.empty());

        assertThat(figures.lines(now, List.of())).containsExactly(new VerifyLine("四坝镇", APPLICATIONS, "60",
                "同类（乡镇街道，19个）上四分位数6.5，四分位距4，上限18.5", FAR_ABOVE));
    }

    /** A unit whose row of 新收申请 总计 (A01@TT) was rejected: the cell is not submitted, so not in its values. */
    private static UnitValues notSubmitted(String code, String name, String type) {
        return new UnitValues(code, name, type, Map.of("A01@NP", BigDecimal.valueOf(8)));
    }

    @Test
    void watchesTheMainCountsOfEachFormat() {
        assertThat(new FiguresToVerify(ReportFixtures.V2021, Optional.empty()).watchedFigures()).containsExactly(
                APPLICATIONS, "行政复议（R1@TOT）", "行政诉讼（R2@TOT+R3@TOT）", "制发规范性文件（P02@M）",
                "行政许可决定（P03@N）", "行政处罚决定（P04@N）");
        assertThat(new FiguresToVerify(ReportFixtures.V2014, Optional.empty()).watchedFigures()).containsExactly(
                "新收申请（L03_1）", "行政复议（L04）", "行政诉讼（L05）", "主动公开政府信息（L01_1）",
                "制发规范性文件（L01_1b）");
    }

    @Test
    void aSharpChangeIsAtLeastFivefoldOrAFifthAndTen() {
        assertThat(FiguresToVerify.sharpChange(BigDecimal.valueOf(51), BigDecimal.TEN)).isTrue();
        assertThat(FiguresToVerify.sharpChange(BigDecimal.valueOf(50), BigDecimal.TEN)).isFalse();
        assertThat(FiguresToVerify.sharpChange(BigDecimal.valueOf(9), BigDecimal.valueOf(50))).isTrue();
        assertThat(FiguresToVerify.sharpChange(BigDecimal.TEN, BigDecimal.valueOf(50))).isFalse();
        assertThat(FiguresToVerify.sharpChange(BigDecimal.valueOf(9), BigDecimal.ZERO)).isFalse();
        assertThat(FiguresToVerify.sharpChange(BigDecimal.TEN, BigDecimal.ZERO)).isTrue();
    }

    @Test
    void quartilesAreInterpolatedAsExcelsQuartileInc() {
        List<BigDecimal> values = List.of(1, 2, 3, 4, 10).stream().map(BigDecimal::valueOf).toList();

        assertThat(FiguresToVerify.quartile(values, 1)).isEqualByComparingTo("2");
        assertThat(FiguresToVerify.quartile(values, 3)).isEqualByComparingTo("4");
        assertThat(FiguresToVerify.quartile(values.subList(0, 4), 3)).isEqualByComparingTo("3.25");
    }

    @Test
    void readsEachUnitOnce() {
        FiguresToVerify figures = new FiguresToVerify(ReportFixtures.V2021, Optional.of(ReportFixtures.V2021));
        Iterable<UnitValues> units = once(thisYear());
        figures.lines(units, once(lastYear()));

        assertThatThrownBy(() -> units.iterator()).isInstanceOf(IllegalStateException.class);
    }

    /** Units handed out once, as a database cursor would. */
    private static Iterable<UnitValues> once(List<UnitValues> units) {
        AtomicBoolean read = new AtomicBoolean();
        return () -> {
            if (read.getAndSet(true)) {
                throw new IllegalStateException("已经读过一遍");
            }
            return units.iterator();
        };
    }
}
