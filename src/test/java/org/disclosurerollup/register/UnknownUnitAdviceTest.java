package org.disclosurerollup.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A unit the register does not know: at a city, a county's own unit is sent back to its county. */
class UnknownUnitAdviceTest {

    private static final String USUAL = "请使用名单中的单位名称，或在单位名单（units.csv）中补充别名";
    private static final UnitRegister WUWEI = UnitRegister.load(Path.of("demo/武威市/units.csv"));

    @Test
    void aUnitWhoseNameHoldsACountysIsSentToThatCounty() {
        UnknownUnitAdvice advice = new UnknownUnitAdvice(WUWEI, 2024, "武威市");

        assertThat(advice.after("民勤县红沙梁镇", USUAL)).isEqualTo("（它是民勤县的单位，计入民勤县的全县汇总）："
                + "请把它报送民勤县，由民勤县汇总后报送汇总表，不要直接报送武威市");
        assertThat(advice.after("天祝县 教育局", USUAL)).isEqualTo("（它是天祝藏族自治县的单位，计入天祝藏族自治县的全县汇总）："
                + "请把它报送天祝藏族自治县，由天祝藏族自治县汇总后报送汇总表，不要直接报送武威市");
        assertThat(advice.after("凉州区四坝镇", USUAL)).startsWith("（它是凉州区的单位，计入凉州区的全区汇总）");
    }

    @Test
    void anyOtherUnitOfACityIsToldThatTheCountiesUnitsCountThroughTheirCounty() {
        UnknownUnitAdvice advice = new UnknownUnitAdvice(WUWEI, 2024, "武威市");

        assertThat(advice.after("红沙梁镇", USUAL)).isEqualTo("：如果它是下级地区（凉州区、民勤县、古浪县、天祝藏族自治县）的乡镇或部门，"
                + "它计入该地区的汇总，请把它报送该地区，不要直接报送武威市；如果是武威市本级的单位，" + USUAL);
    }

    @Test
    void aDistrictKeepsTheUsualFix() {
        UnitRegister liangzhou = UnitRegister.load(Path.of("input/units.csv"));

        assertThat(new UnknownUnitAdvice(liangzhou, 2024, "凉州区").after("凉州区某某乡", USUAL)).isEqualTo("：" + USUAL);
    }
}
