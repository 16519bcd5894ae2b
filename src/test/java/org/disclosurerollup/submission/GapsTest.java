package org.disclosurerollup.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GapsTest {

    @Test
    void saysNothingWhenEveryUnitCounts() {
        assertThat(Gaps.NONE.complete()).isTrue();
        assertThat(Gaps.NONE.lacking()).isEmpty();
    }

    @Test
    void namesTheMissingAndTheRejectedUnits() {
        Gaps gaps = new Gaps(2, 1, List.of("松树镇", "区统计局"), List.of("西营镇"), List.of());

        assertThat(gaps.complete()).isFalse();
        assertThat(gaps.lacking()).isEqualTo("不含未报送或被退回的 3 个单位：未报送的松树镇、区统计局，被退回的西营镇");
    }

    @Test
    void cutsALongListOffAfterEightNamesWithTheCount() {
        List<String> towns = IntStream.rangeClosed(1, 12).mapToObj(i -> "镇" + i).toList();
        Gaps gaps = new Gaps(0, 12, List.of(), towns, List.of());

        assertThat(gaps.lacking()).isEqualTo("不含未报送或被退回的 12 个单位：被退回的镇1、镇2、镇3、镇4、镇5、镇6、镇7、镇8等 12 个");
    }

    @Test
    void saysWhichLowerAreasLackUnitsCuttingTheirListsAfterAName() {
        String long_ = "缺报：" + String.join("、", IntStream.rangeClosed(1, 20).mapToObj(i -> "某某镇" + i).toList());
        Gaps gaps = new Gaps(0, 0, List.of(), List.of(), List.of(new Gaps.AreaGaps("民勤县", "缺报：红沙梁镇"),
                new Gaps.AreaGaps("凉州区", long_), new Gaps.AreaGaps("古浪县",
                        "下级汇总不全：甲县（缺报：" + String.join("、", IntStream.rangeClosed(1, 20).mapToObj(i -> i + "号镇").toList())
                        + "）")));

        assertThat(gaps.complete()).isFalse();
        assertThat(gaps.units()).isZero();
        assertThat(gaps.lacking()).isEqualTo("所含下级地区的汇总不全：民勤县（缺报：红沙梁镇）、"
                + "凉州区（缺报：某某镇1、某某镇2、某某镇3、某某镇4、某某镇5、某某镇6、某某镇7、某某镇8、某某镇9、某某镇10、某某镇11等）、"
                + "古浪县（下级汇总不全：甲县（缺报：1号镇、2号镇、3号镇、4号镇、5号镇、6号镇、7号镇、8号镇、9号镇、10号镇、11号镇等））");
    }

    @Test
    void keepsTheFirstNamesOnlyAndCountsThemAll() {
        Gaps.Collector collector = new Gaps.Collector(type -> !type.equals("township"));
        for (int i = 1; i <= 40; i++) {
            collector.accept(new SubmissionRepository.UnitCounted("D" + i, "局" + i, "department", false, i % 2 == 0, null, 0));
        }
        collector.accept(new SubmissionRepository.UnitCounted("T1", "镇1", "township", false, false, null, 0));
        collector.accept(new SubmissionRepository.UnitCounted("R1", "民勤县", "region", true, true, "缺报：红沙梁镇", 0));
        collector.accept(new SubmissionRepository.UnitCounted("R2", "古浪县", "region", true, true, null, 0));

        Gaps gaps = collector.gaps();

        assertThat(gaps.missing()).isEqualTo(20);
        assertThat(gaps.rejected()).isEqualTo(20);
        assertThat(gaps.missingNames()).hasSize(20).startsWith("局1", "局3");
        assertThat(gaps.areas()).containsExactly(new Gaps.AreaGaps("民勤县", "缺报：红沙梁镇"));
    }

    @Test
    void namesTheUnitsThatCountWithoutSomeOfTheirRows() {
        Gaps.Collector collector = new Gaps.Collector(type -> true);
        collector.accept(new SubmissionRepository.UnitCounted("T1", "中坝镇", "township", true, true, null, 1));
        collector.accept(new SubmissionRepository.UnitCounted("T2", "四坝镇", "township", true, true, null, 0));
        collector.accept(new SubmissionRepository.UnitCounted("D1", "区统计局", "department", true, true, null, 3));
        collector.accept(new SubmissionRepository.UnitCounted("D2", "区民政局", "department", false, false, null, 0));

        Gaps gaps = collector.gaps();

        assertThat(gaps.complete()).isFalse();
        assertThat(gaps.partialUnits()).containsExactly(new Gaps.PartialUnit("中坝镇", 1), new Gaps.PartialUnit("区统计局", 3));
        assertThat(gaps.lacking()).isEqualTo("不含未报送或被退回的 1 个单位：未报送的区民政局；"
                + "另有 2 个单位的部分数字被退回、未计入：中坝镇（1 行）、区统计局（3 行）");
    }

    @Test
    void partlyCountedUnitsAloneAreSaidWithoutAnother() {
        Gaps gaps = new Gaps(0, 0, List.of(), List.of(), List.of(), 1, List.of(new Gaps.PartialUnit("中坝镇", 2)));

        assertThat(gaps.units()).isZero();
        assertThat(gaps.lacking()).isEqualTo("有 1 个单位的部分数字被退回、未计入：中坝镇（2 行）");
    }
}
