package org.disclosurerollup.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitRegisterTest {

    private static final String HEADER = "code,name,type,aliases,from_year,to_year\n";

    @TempDir
    Path folder;

    static Path liangzhou() throws URISyntaxException {
        return Path.of(UnitRegisterTest.class.getResource("/register/liangzhou-units.csv").toURI());
    }

    @Test
    void readsTheLiangzhouRegisterInFileOrder() throws Exception {
        UnitRegister register = UnitRegister.load(liangzhou());

        assertThat(register.units()).hasSize(71);
        assertThat(register.units().get(0)).isEqualTo(new Unit("620602000", "凉州区人民政府", UnitType.GOVERNMENT,
                List.of("凉州区政府", "区政府", "凉州区人民政府办公室", "区政府办公室"), null, null));
        assertThat(register.units().get(70).code()).isEqualTo("D12");
        assertThat(register.byCode("620602129")).contains(new Unit("620602129", "韩佐镇", UnitType.TOWNSHIP,
                List.of("韩佐镇人民政府", "韩佐乡"), 2018, null));
        assertThat(register.byCode("620602201").orElseThrow().toYear()).isEqualTo(2017);
        assertThat(register.byCode("999")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2017, 61, 48",
        "2018, 61, 48",
        "2020, 61, 48",
        "2021, 63, 50",
        "2024, 63, 50",
    })
    void expectsTheUnitsOfEachYear(int year, int units, int townships) throws Exception {
        List<Unit> expected = UnitRegister.load(liangzhou()).expectedIn(year);

        assertThat(expected).hasSize(units);
        assertThat(expected).filteredOn(unit -> unit.type() == UnitType.TOWNSHIP).hasSize(townships);
    }

    @Test
    void expectedUnitsKeepFileOrderAndFollowRenames() throws Exception {
        UnitRegister register = UnitRegister.load(liangzhou());

        assertThat(register.expectedIn(2017)).extracting(Unit::name)
                .contains("韩佐乡").doesNotContain("韩佐镇", "凉州工业园区管理委员会")
                .startsWith("凉州区人民政府", "东大街街道").endsWith("区统计局");
        assertThat(register.expectedIn(2024)).extracting(Unit::name)
                .contains("韩佐镇", "凉州工业园区管理委员会").doesNotContain("韩佐乡");
    }

    @Test
    void fingerprintsTheFileBytes() throws Exception {
        Path file = write("units.csv", HEADER + "D01,区教育局,department,,,\n");

        assertThat(UnitRegister.load(file).sha256())
                .isEqualTo("c1c454b4d88872e6561d8233efed821b3c10b577f51a69be3534e217673b160a");
    }

    @Test
    void acceptsAByteOrderMarkAndBlankLines() throws Exception {
        Path file = folder.resolve("bom.csv");
        Files.write(file, ("\uFEFF" + HEADER + "\n620602116,四坝镇,township,四坝镇人民政府；凉州区四坝镇 ,, \n\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(UnitRegister.load(file).units()).containsExactly(new Unit("620602116", "四坝镇", UnitType.TOWNSHIP,
                List.of("四坝镇人民政府", "凉州区四坝镇"), null, null));
    }

    @Test
    void findsColumnsInAnyOrder() throws Exception {
        Path file = write("order.csv", "name,code,from_year,to_year,type,aliases,remark\n韩佐乡,620602201,,2017,Township,,旧乡\n");

        assertThat(UnitRegister.load(file).units()).containsExactly(
                new Unit("620602201", "韩佐乡", UnitType.TOWNSHIP, List.of(), null, 2017));
    }

    @Test
    void aMissingFileSaysWhereToPutIt() {
        Path file = folder.resolve("none.csv");

        assertThatThrownBy(() -> UnitRegister.load(file)).isInstanceOf(RegisterException.class)
                .hasMessage("找不到单位名册 " + file + "：请用 --units 指定名册文件，或把 units.csv 放在输入文件夹下");
    }

    @Test
    void anEmptyFileNeedsAHeader() throws Exception {
        Path file = write("empty.csv", "");

        assertThatThrownBy(() -> UnitRegister.load(file))
                .hasMessage("单位名册 " + file + " 第 1 行：文件是空的，第 1 行应为表头 code,name,type,aliases,from_year,to_year");
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path file = write("columns.csv", "code,name,aliases,from_year,to_year\nD01,区教育局,,,\n");

        assertThatThrownBy(() -> UnitRegister.load(file))
                .hasMessage("单位名册 " + file + " 第 1 行：表头缺少列“type”，表头应为 code,name,type,aliases,from_year,to_year");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        Path file = folder.resolve("gbk.csv");
        Files.write(file, (HEADER + "D01,区教育局,department,,,\n").getBytes("GB18030"));

        assertThatThrownBy(() -> UnitRegister.load(file))
                .hasMessage("单位名册 " + file + " 不是 UTF-8 编码：请用 UTF-8 另存该文件");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "D01,区教育局,bureau,,,                  | type“bureau”无法识别，应为 government（本级政府）、department（本级政府部门）、township（乡镇街道）或 region（下级地区，如市下面的县区）",
        "D01,区教育局,department,,20l8,          | from_year“20l8”不是年份，应为四位数字（如 2018），不限时留空",
        "D01,区教育局,department,,,18            | to_year“18”不是年份，应为四位数字（如 2018），不限时留空",
        "D01,区教育局,department,,2020,2018      | from_year 2020 晚于 to_year 2018，请改正起止年份",
        ",区教育局,department,,,                 | code 为空，请填写单位代码",
        "D01, ,department,,,                     | name 为空，请填写单位名称",
    })
    void aBadLineIsNamedWithWhatToFix(String line, String problem) throws Exception {
        Path file = write("bad.csv", HEADER + "D00,区财政局,department,,,\n" + line.strip() + "\n");

        assertThatThrownBy(() -> UnitRegister.load(file)).isInstanceOf(RegisterException.class)
                .hasMessage("单位名册 " + file + " 第 3 行：" + problem);
    }

    @Test
    void aCodeMayNotRepeat() throws Exception {
        Path file = write("codes.csv", HEADER + "D01,区教育局,department,,,\nD02,区民政局,department,,,\nD01,区财政局,department,,,\n");

        assertThatThrownBy(() -> UnitRegister.load(file))
                .hasMessage("单位名册 " + file + " 第 4 行：代码 D01 与第 2 行重复，每个单位的代码必须唯一");
    }

    @Test
    void aNameMayNotMeanTwoUnitsInTheSameYear() throws Exception {
        Path file = write("names.csv", HEADER + "620602201,韩佐乡,township,,,2018\n620602129,韩佐镇,township,韩佐乡,2018,\n");

        assertThatThrownBy(() -> UnitRegister.load(file))
                .hasMessage("单位名册 " + file + " 第 3 行：名称“韩佐乡”已是第 2 行 韩佐乡（620602201）的名称或别名，"
                        + "且两者的年份重叠；请删去其中一个，或调整 from_year/to_year 使年份不重叠");
    }

    @Test
    void namesAreComparedAsTheResolverComparesThem() throws Exception {
        Path file = write("brackets.csv", HEADER + "1,九墩滩生态建设指挥部,township,,,\n2,九墩滩（生态建设）指挥部,township,,,\n");

        assertThatThrownBy(() -> UnitRegister.load(file)).hasMessageContaining("第 3 行：名称“九墩滩（生态建设）指挥部”已是第 2 行");
    }

    @Test
    void aNameMayPassToAnotherUnitInALaterYear() throws Exception {
        Path file = write("rename.csv", HEADER + "620602201,韩佐乡,township,,,2017\n620602129,韩佐镇,township,韩佐乡,2018,\n");

        assertThat(UnitRegister.load(file).units()).extracting(Unit::code).containsExactly("620602201", "620602129");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
