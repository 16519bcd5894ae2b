package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputsTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    private final CsvOutputs csv = new CsvOutputs();

    @Test
    void writesEveryTotalOfEveryScopeWithAmountsRoundedToTwoPlaces() throws IOException {
        ExportModel model = ExportModels.v2021(CATALOG.template("V2021").orElseThrow());
        Path file = folder.resolve("totals.csv");

        csv.writeTotals(model, file);

        String text = read(file);
        assertThat(text).startsWith("\uFEFFyear,scope,code,value\n2024,all,P01@M,7\n2024,all,P01@R,0\n")
                .contains("\n2024,all,P06@AMT,1.28\n", "\n2024,district,P06@AMT,0.13\n",
                        "\n2024,government,P06@AMT,0.00\n", "\n2024,township,P06@AMT,1.15\n",
                        "\n2024,all,A01@TT,5\n")
                .endsWith("\n2024,township,R3@TOT,0\n")
                .doesNotContain("\r");
        assertThat(text.lines()).hasSize(1 + 5 * 200);
    }

    @Test
    void writesSignedCountsWithTheirSignAndIntegersWithoutDecimals() throws IOException {
        Template v2019 = CATALOG.template("V2019").orElseThrow();
        Map<String, Map<String, BigDecimal>> totals = ExportModels.zeroTotals(v2019);
        totals.get("all").put("P03@DELTA", new BigDecimal("-3"));
        totals.get("all").put("P03@N", new BigDecimal("1036.000"));
        totals.get("all").put("P07@AMT", new BigDecimal("25.1"));
        Path file = folder.resolve("totals.csv");

        csv.writeTotals(ExportModels.model(v2019, 2019, totals, List.of()), file);

        assertThat(read(file)).contains("\n2019,all,P03@DELTA,-3\n", "\n2019,all,P03@N,1036\n",
                "\n2019,all,P07@AMT,25.10\n");
    }

    @Test
    void writesRejectedRowsOnlyNeutralisedAndQuotedWhenNeeded() throws IOException {
        ExportModel model = ExportModels.v2021(CATALOG.template("V2021").orElseThrow());
        Path file = folder.resolve("rejected-rows.csv");

        csv.writeRejectedRows(model.problems(), file);

        assertThat(Files.readAllBytes(file)).startsWith(BOM);
        assertThat(read(file)).isEqualTo("\uFEFF"
                + "file,sheet,row,unit,code,value,reason,message\n"
                + "四坝镇_2024.csv,,7,四坝镇,P01@M,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点我\"\")\","
                + "type-error,第7行的数值不是数字，请改为数字\n"
                + "\"教育局,2024.csv\",,,区教育局,T3-NP,-3,rule-violation,"
                + "表三 自然人列：一(3)+二(0)=3，三(七)总计(2)+四(0)=2，差额1\n");
    }

    @Test
    void writesOneLinePerSubmissionStatus() throws IOException {
        ExportModel model = ExportModels.v2021(CATALOG.template("V2021").orElseThrow());
        Path file = folder.resolve("submissions.csv");

        csv.writeSubmissions(model.statuses(), file);

        assertThat(read(file)).isEqualTo("\uFEFF"
                + "unit_code,unit,type,status,file,sha256,accepted,rejected\n"
                + "620602100,四坝镇,township,accepted,四坝镇_2024.csv,ab12cd34,12,1\n"
                + "D01,区财政局,department,accepted,财政局/区财政局_2024.xlsx,ab12cd34,3,0\n"
                + "620602101,韩佐镇,township,missing,,,0,0\n"
                + "D02,区教育局,department,rejected,\"教育局,2024.csv\",ab12cd34,0,4\n");
    }

    @Test
    void writesOnlyTheHeaderWhenNothingWasRejected() throws IOException {
        Path file = folder.resolve("rejected-rows.csv");

        csv.writeRejectedRows(ExportModel.Lines.of(List.<ExportModel.ProblemLine>of()), file);

        assertThat(read(file)).isEqualTo("\uFEFFfile,sheet,row,unit,code,value,reason,message\n");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
