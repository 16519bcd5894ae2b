package org.disclosurerollup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReaderHeaderAware;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosurerollup.catalog.IndicatorMatch.Ambiguous;
import org.disclosurerollup.catalog.IndicatorMatch.Found;
import org.disclosurerollup.catalog.IndicatorMatch.NotFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorIndexTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final IndicatorIndex V2014 = IndicatorIndex.of(CATALOG.template("V2014").orElseThrow());
    private static final IndicatorIndex V2021 = IndicatorIndex.of(CATALOG.template("V2021").orElseThrow());

    static List<Arguments> exampleRows() throws Exception {
        try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(
                IndicatorIndexTest.class.getResourceAsStream("/examples/东大街街道_2024.csv"), StandardCharsets.UTF_8))) {
            List<Arguments> rows = new ArrayList<>();
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                rows.add(Arguments.of(row.get("指标名称"), row.get("指标代码")));
            }
            return rows;
        }
    }

    @ParameterizedTest
    @MethodSource("exampleRows")
    void everyIndicatorOfTheExampleFileFindsItsCode(String indicator, String code) {
        assertThat(V2021.find(indicator, null)).isEqualTo(new Found(code));
    }

    @Test
    void theExampleFileCoversTheWholeTemplate() throws Exception {
        assertThat(exampleRows()).hasSize(CATALOG.template("V2021").orElseThrow().valueCells().size());
    }

    @Test
    void everyV2014RowLabelFindsItsOwnCodeUnlessPrintedTwice() {
        List<CatalogCell> cells = CATALOG.template("V2014").orElseThrow().valueCells();
        Map<String, List<String>> codesByLabel = new LinkedHashMap<>();
        cells.forEach(cell -> codesByLabel.computeIfAbsent(cell.rowLabel(), k -> new ArrayList<>()).add(cell.code()));

        for (CatalogCell cell : cells) {
            List<String> sameLabel = codesByLabel.get(cell.rowLabel());
            assertThat(V2014.find(cell.rowLabel(), null)).as(cell.rowLabel())
                    .isEqualTo(sameLabel.size() == 1 ? new Found(cell.code()) : new Ambiguous(sameLabel));
        }
        assertThat(codesByLabel.values()).filteredOn(codes -> codes.size() > 1)
                .containsExactly(List.of("L04_2", "L05_2"), List.of("L04_3", "L05_3"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "四、行政复议数量/（二）被依法纠错数          | L04_2",
        "行政复议数量/被依法纠错数                    | L04_2",
        "五、行政诉讼数量/（二）被依法纠错数          | L05_2",
        "五、行政诉讼数量/（三）其他情形数            | L05_3",
        "四、行政复议数量/（三）其他情形数            | L04_3",
        "三、依申请公开情况/（三）申请答复数/4.不同意公开答复数/其中：涉及国家秘密 | L03_3_4a",
        "（一）主动公开政府信息数/其中：主动公开规范性文件数 | L01_1a",
    })
    void aV2014LabelPrintedTwiceIsFoundWithItsSection(String indicator, String code) {
        assertThat(V2014.find(indicator, null)).isEqualTo(new Found(code));
    }

    static Stream<Arguments> everyValueCell() {
        return CATALOG.templates().stream().filter(t -> !t.id().equals("V2014"))
                .flatMap(t -> t.valueCells().stream().map(cell -> Arguments.of(t.id(), cell)));
    }

    @ParameterizedTest
    @MethodSource("everyValueCell")
    void everyMatrixCellIsFoundByItsFullPathsTogetherAndApart(String template, CatalogCell cell) {
        IndicatorIndex index = IndicatorIndex.of(CATALOG.template(template).orElseThrow());

        assertThat(index.find(cell.rowLabel() + "/" + cell.colLabel(), null)).isEqualTo(new Found(cell.code()));
        assertThat(index.find(cell.rowLabel(), cell.colLabel())).isEqualTo(new Found(cell.code()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）| L01_1",
        "(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)   | L01_1",
        "（一）主动公开政府信息数                                  | L01_1",
        "主动公开政府信息数                                        | L01_1",
        "一、主动公开政府信息数                                    | L01_1",
        "主动公开\\n政府信息数                                     | L01_1",
        "2.政府网站公开政府信息数                                  | L01_2_2",
        "2．政府网站公开政府信息数                                 | L01_2_2",
        "2、政府网站公开政府信息数                                 | L01_2_2",
        "政府网站公开政府信息数                                    | L01_2_2",
        "其中：主动公开规范性文件数                                | L01_1a",
        "主动公开规范性文件数                                      | L01_1a",
        "七、依申请公开信息收取的费用                              | L07",
        "1.专职人员数                                              | L08_3_1",
        "四、行政复议数量                                          | L04",
    })
    void v2014LabelsAreFoundInTheirUsualVariants(String indicator, String code) {
        assertThat(V2014.find(indicator.replace("\\n", "\n"), "")).isEqualTo(new Found(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、本年新收政府信息公开申请数量/法人或其他组织/商业企业 |                 | A01@CE",
        "本年新收政府信息公开申请数量/商业企业                   |                 | A01@CE",
        "一、本年新收政府信息公开申请数量                        | 自然人          | A01@NP",
        "一、本年新收政府信息公开申请数量                        | 法人或其他组织/其他 | A01@OT",
        "本年新收政府信息公开申请数量                            | 其他            | A01@OT",
        "行政许可                                                |                 | P03@N",
        "第二十条第（五）项/行政许可                              |                 | P03@N",
        "行政许可                                                | 本年处理决定数量 | P03@N",
        "行政事业性收费/本年收费金额                              |                 | P06@AMT",
        "规章                                                    | 本年制发件数    | P01@M",
        "三、本年度办理结果/（三）不予公开/1.属于国家秘密/总计     |                 | A03_3_1@TT",
        "（六）其他处理/3.其他/自然人                             |                 | A03_6_3@NP",
        "3.危及三安全一稳定/自然人                               |                 | A03_3_3@NP",
        "行政诉讼/复议后起诉/总计                                 |                 | R3@TOT",
        "复议后起诉                                              | 总计            | R3@TOT",
    })
    void v2021NamesAreFoundWithOrWithoutTheirColumn(String indicator, String column, String code) {
        assertThat(V2021.find(indicator, column)).isEqualTo(new Found(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "V2014 | 其他情形数                 |         | L04_3 L05_3",
        "V2014 | （三）其他情形数            |         | L04_3 L05_3",
        "V2014 | 被依法纠错数               |         | L04_2 L05_2",
        "V2021 | 1.属于国家秘密             | 自然人   | A03_3_1@NP",
        "V2021 | 1.信访举报投诉类申请/总计   |         | A03_5_1@TT",
        "V2021 | 规章                       |         | P01@M P01@R P01@V",
        "V2021 | 1.自然人                   |         | ",
    })
    void namesThatFitSeveralCellsAreAmbiguous(String template, String indicator, String column, String codes) {
        IndicatorIndex index = IndicatorIndex.of(CATALOG.template(template).orElseThrow());
        List<String> expected = codes == null ? List.of() : List.of(codes.split(" "));

        IndicatorMatch match = index.find(indicator, column);

        if (expected.size() == 1) {
            assertThat(match).isEqualTo(new Found(expected.get(0)));
        } else if (expected.isEmpty()) {
            assertThat(match).isEqualTo(new NotFound());
        } else {
            assertThat(match).isEqualTo(new Ambiguous(expected));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "V2014 | 一、主动公开情况           |",
        "V2014 | 主动公开情况               |",
        "V2014 | 八、机构建设和保障经费情况   |",
        "V2014 | 某某指标                   |",
        "V2014 | ''                         |",
        "V2021 | 自然人                     |",
        "V2021 | 规章/自然人                |",
        "V2021 | 规章                       | 自然人",
        "V2021 | 三、本年度办理结果           |",
        "V2021 | （三）不予公开/自然人        |",
    })
    void headingsAndUnknownNamesAreNotFound(String template, String indicator, String column) {
        IndicatorIndex index = IndicatorIndex.of(CATALOG.template(template).orElseThrow());

        assertThat(index.find(indicator, column)).isEqualTo(new NotFound());
    }
}
