package org.disclosurerollup.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNameResolverTest {

    private static final NameAffixes LIANGZHOU = new NameAffixes(List.of("甘肃省", "武威市", "凉州区"), List.of("人民政府", "办事处"));

    @TempDir
    static Path folder;

    private static UnitNameResolver resolver;

    @BeforeAll
    static void loadRegister() throws Exception {
        resolver = new UnitNameResolver(UnitRegister.load(UnitRegisterTest.liangzhou()), LIANGZHOU);
    }

    @ParameterizedTest
    @CsvSource({
        "四坝镇,                        2017, 620602116, name",
        "四坝镇人民政府,                2017, 620602116, alias",
        "凉州区四坝镇,                  2024, 620602116, affix",
        "甘肃省武威市凉州区四坝镇,      2024, 620602116, affix",
        "武威市凉州区四坝镇人民政府,    2024, 620602116, affix",
        "'四 坝 镇',                    2024, 620602116, name",
        "'  四坝镇\t',                  2024, 620602116, name",
        "四坝镇人民政府,                2024, 620602116, alias",
        "韩佐乡,                        2017, 620602201, name",
        "韩佐乡,                        2024, 620602129, alias",
        "韩佐乡人民政府,                2017, 620602201, alias",
        "韩佐乡人民政府,                2024, 620602129, affix",
        "凉州区韩佐乡,                  2017, 620602201, affix",
        "凉州区韩佐乡,                  2024, 620602129, affix",
        "韩佐镇,                        2024, 620602129, name",
        "区政府,                        2024, 620602000, alias",
        "凉州区人民政府,                2024, 620602000, name",
        "武威市凉州区人民政府,          2024, 620602000, affix",
        "东大街街道办事处,              2024, 620602001, alias",
        "凉州区东大街街道办事处,        2024, 620602001, affix",
        "九墩滩生态建设指挥部,          2024, 620602400, name",
        "九墩滩(生态建设)指挥部,        2024, 620602400, name",
        "九墩滩（生态建设）指挥部,      2024, 620602400, name",
        "凉州区九墩滩（生态建设）指挥部, 2024, 620602400, affix",
        "凉州区发展和改革局,            2024, D01,       alias",
        "武威市凉州区发展和改革局,      2024, D01,       affix",
    })
    void resolvesSubmittedNames(String submitted, int year, String code, String how) {
        assertThat(resolver.resolve(submitted, year))
                .hasValueSatisfying(match -> {
                    assertThat(match.unit().code()).isEqualTo(code);
                    assertThat(match.how()).isEqualTo(how);
                });
    }

    @ParameterizedTest
    @CsvSource({"某某镇, 2024", "凉州区, 2024", "'', 2024", "办事处, 2024"})
    void unknownNamesResolveToNothing(String submitted, int year) {
        assertThat(resolver.resolve(submitted, year)).isEmpty();
    }

    @Test
    void fullWidthLettersAndCaseAreIgnored() {
        UnitNameResolver withLetters = resolverWith("X01,武威ab园区,township,,,\n");

        assertThat(withLetters.resolve("武威ＡＢ园区", 2024)).map(UnitMatch::how).contains("name");
    }

    @Test
    void aUnitOutsideItsYearsIsStillFound() {
        assertThat(resolver.resolve("凉州工业园区", 2017)).hasValueSatisfying(match -> {
            assertThat(match.unit().code()).isEqualTo("620602402");
            assertThat(match.unit().expectedIn(2017)).isFalse();
        });
    }

    @Test
    void severalUnitsNoneOfThemExpectedIsAmbiguous() {
        assertThat(resolver.resolve("韩佐乡", 2024)).isPresent();
        UnitNameResolver twoLapsedUnits = resolverWith("1,甲乡,township,,,2015\n2,乙乡,township,甲乡,2016,2017\n");

        assertThat(twoLapsedUnits.resolve("甲乡", 2015)).map(match -> match.unit().code()).contains("1");
        assertThat(twoLapsedUnits.resolve("甲乡", 2020)).isEmpty();
    }

    @Test
    void severalUnitsAfterTakingAffixesOffIsAmbiguous() {
        UnitNameResolver twoKinds = resolverWith("1,新城街道,township,新城街道办事处,,\n2,新城街道人民政府,township,,,\n");

        assertThat(twoKinds.resolve("凉州区新城街道", 2024)).isEmpty();
        assertThat(twoKinds.resolve("新城街道人民政府", 2024)).map(match -> match.unit().code()).contains("2");
    }

    @Test
    void withoutAffixesOnlyNamesAndAliasesMatch() throws Exception {
        UnitNameResolver plain = new UnitNameResolver(UnitRegister.load(UnitRegisterTest.liangzhou()),
                new NameAffixes(List.of(), List.of()));

        assertThat(plain.resolve("四坝镇人民政府", 2024)).isPresent();
        assertThat(plain.resolve("凉州区四坝镇", 2024)).isEmpty();
    }

    private static UnitNameResolver resolverWith(String lines) {
        try {
            Path file = Files.writeString(Files.createTempFile(folder, "units", ".csv"),
                    "code,name,type,aliases,from_year,to_year\n" + lines, StandardCharsets.UTF_8);
            return new UnitNameResolver(UnitRegister.load(file), LIANGZHOU);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
