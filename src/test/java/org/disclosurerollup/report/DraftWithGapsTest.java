package org.disclosurerollup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurerollup.submission.Gaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The draft of 2024 when its totals lack units: a note where the totals are first stated, a caveat after each paragraph
 * that states changes on last year, and the gaps first in the appendix; none of it when nothing lacks.
 */
class DraftWithGapsTest {

    private static final Gaps THIS_YEAR = new Gaps(2, 1, List.of("松树镇", "区统计局"), List.of("西营镇"), List.of());
    private static final Gaps LAST_YEAR = new Gaps(1, 0, List.of("金沙镇"), List.of(), List.of());
    private static final String NOTE = "【请注意：2024年全区汇总数不含未报送或被退回的 3 个单位：未报送的松树镇、区统计局，"
            + "被退回的西营镇。文中数字和表格都不含这些单位（见附录）：发布前请督促补报或更正后重新汇总，或在文中说明。】";
    private static final String CAVEAT = "【请核对：本年汇总数缺 3 个未报送或被退回的单位，上年汇总数缺 1 个未报送或被退回的单位"
            + "（见附录），与上年相比的增减可能来自缺少的单位，而不是工作本身的变化。】";

    @TempDir
    Path folder;

    @Test
    void saysWhereTheTotalsAreStatedWhichUnitsTheyLack() throws Exception {
        try (WrittenDraft draft = write(THIS_YEAR, LAST_YEAR)) {
            List<String> paragraphs = draft.paragraphs();
            int opening = indexOfStartingWith(paragraphs, "本报告根据");
            assertThat(paragraphs.get(opening + 1)).isEqualTo(NOTE);
            assertThat(paragraphs.get(opening + 2)).isEqualTo("一、总体情况");
        }
    }

    @Test
    void everyParagraphThatStatesAChangeEndsWithTheCaveat() throws Exception {
        try (WrittenDraft draft = write(THIS_YEAR, LAST_YEAR)) {
            List<String> changes = draft.paragraphs().stream()
                    .filter(text -> text.contains("较上年") || text.contains("与上年持平")).toList();
            assertThat(changes).hasSize(4).allMatch(text -> text.endsWith(CAVEAT));
            assertThat(draft.paragraphs()).filteredOn(text -> text.contains(CAVEAT)).hasSize(4);
        }
    }

    @Test
    void lastYearsGapsAloneCaveatTheChangesButNeedNoNote() throws Exception {
        try (WrittenDraft draft = write(Gaps.NONE, LAST_YEAR)) {
            assertThat(draft.paragraphs()).noneMatch(text -> text.startsWith("【请注意："))
                    .filteredOn(text -> text.endsWith("【请核对：上年汇总数缺 1 个未报送或被退回的单位（见附录），"
                            + "与上年相比的增减可能来自缺少的单位，而不是工作本身的变化。】")).hasSize(4);
        }
    }

    @Test
    void theAppendixListsTheGapsFirst() throws Exception {
        try (WrittenDraft draft = write(THIS_YEAR, LAST_YEAR)) {
            assertThat(draft.appendixRows()).containsExactly(
                    List.of("单位", "指标", "本年", "上年或参照", "请核对"),
                    List.of("松树镇", "全部数字", "未报送", "", "未收到报表，2024年汇总数不含该单位：请督促报送后重新汇总，或在报告中说明"),
                    List.of("区统计局", "全部数字", "未报送", "", "未收到报表，2024年汇总数不含该单位：请督促报送后重新汇总，或在报告中说明"),
                    List.of("西营镇", "全部数字", "被退回", "", "报表被退回（见汇总工作簿的“问题清单”），2024年汇总数不含该单位："
                            + "请督促更正后重新汇总，或在报告中说明"),
                    List.of("上年（2023年）汇总", "全部数字", "", "不含未报送或被退回的 1 个单位：未报送的金沙镇",
                            "上年汇总数不含这些单位，文中与上年的比较可能因此不准"),
                    List.of("四坝镇", "新收申请（A01@TT）", "60", "上年3", "本年是上年的20.0倍（增加57）"));
            assertThat(draft.paragraphs()).doesNotContain("本年没有需要特别核对的数字。");
        }
    }

    @Test
    void unitsCountedWithoutTheirRejectedRowsAreNotedCaveatedAndListed() throws Exception {
        Gaps partly = new Gaps(0, 0, List.of(), List.of(), List.of(), 2,
                List.of(new Gaps.PartialUnit("区统计局", 1), new Gaps.PartialUnit("中坝镇", 3)));
        try (WrittenDraft draft = write(partly, Optional.of(Gaps.NONE))) {
            assertThat(draft.paragraphs()).contains("【请注意：2024年全区汇总数有 2 个单位的部分数字被退回、未计入：区统计局（1 行）、"
                    + "中坝镇（3 行）。文中数字和表格都不含这些单位或数字（见附录）：发布前请督促补报或更正后重新汇总，或在文中说明。】");
            assertThat(draft.paragraphs()).filteredOn(text -> text.endsWith("【请核对：本年汇总数有 2 个单位的部分数字未计入（见附录），"
                    + "与上年相比的增减可能来自缺少的单位或数字，而不是工作本身的变化。】")).hasSize(4);
            assertThat(draft.appendixRows().subList(1, 3)).containsExactly(
                    List.of("区统计局", "部分数字", "退回 1 行", "", "这些行的数字未计入2024年汇总数（见汇总工作簿的“问题清单”）："
                            + "请督促更正后重新汇总，或在报告中说明"),
                    List.of("中坝镇", "部分数字", "退回 3 行", "", "这些行的数字未计入2024年汇总数（见汇总工作簿的“问题清单”）："
                            + "请督促更正后重新汇总，或在报告中说明"));
        }
    }

    @Test
    void aLowerAreaWhoseTotalLacksUnitsIsListedWithWhatItLacks() throws Exception {
        Gaps areas = new Gaps(0, 0, List.of(), List.of(), List.of(new Gaps.AreaGaps("民勤县", "缺报：红沙梁镇")));
        try (WrittenDraft draft = write(areas, Optional.empty())) {
            assertThat(draft.paragraphs()).contains("【请注意：2024年全区汇总数所含下级地区的汇总不全：民勤县（缺报：红沙梁镇）。"
                    + "文中数字和表格都不含这些单位（见附录）：发布前请督促补报或更正后重新汇总，或在文中说明。】");
            assertThat(draft.appendixRows().get(1)).containsExactly("民勤县", "全部数字", "汇总不全", "缺报：红沙梁镇",
                    "该地区的汇总不含这些单位：请督促补报或更正，由该地区重新汇总后再报送汇总表");
        }
    }

    @Test
    void completeTotalsGetNeitherNoteNorCaveat() throws Exception {
        try (WrittenDraft draft = write(Gaps.NONE, Gaps.NONE)) {
            assertThat(draft.paragraphs()).noneMatch(text -> text.contains("【请注意：") || text.contains("【请核对："));
            assertThat(draft.appendixRows()).hasSize(2);
        }
    }

    private WrittenDraft write(Gaps thisYear, Gaps lastYear) throws Exception {
        return write(thisYear, Optional.of(lastYear));
    }

    private WrittenDraft write(Gaps thisYear, Optional<Gaps> lastYear) throws Exception {
        ReportInput fixture = ReportFixtures.input2024(List.of(
                new VerifyLine("四坝镇", "新收申请（A01@TT）", "60", "上年3", "本年是上年的20.0倍（增加57）")));
        ReportInput input = new ReportInput(fixture.area(), fixture.wholeAreaLabel(), fixture.year(), fixture.template(),
                fixture.compiledFrom(), fixture.totals(), fixture.lastYear(), fixture.history(),
                GapLinesFirst.of(fixture.year(), thisYear, lastYear, fixture.toVerify()), thisYear, lastYear);
        Path docx = folder.resolve(AnnualReportDraft.fileName("凉州区", 2024));
        new AnnualReportDraft().write(input, docx);
        return WrittenDraft.read(docx);
    }

    private static int indexOfStartingWith(List<String> paragraphs, String start) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("没有以“" + start + "”开头的段落");
    }

    /** The appendix as {@link ReportInputs} builds it: the gaps, then the other lines. */
    private static final class GapLinesFirst {
        static List<VerifyLine> of(int year, Gaps gaps, Optional<Gaps> lastYear, List<VerifyLine> others) {
            List<VerifyLine> lines = new ArrayList<>(GapLines.of(year, gaps, lastYear));
            lines.addAll(others);
            return lines;
        }
    }
}
