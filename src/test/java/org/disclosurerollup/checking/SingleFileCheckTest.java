package org.disclosurerollup.checking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.RollupProperties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.job.YearRunFactory;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** A file anywhere, checked on its own: the problems the run would record, in the order found, and its rows. */
class SingleFileCheckTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();

    @TempDir
    Path folder;

    private YearRun run;
    private RollupProperties properties;
    private final List<SingleFileCheck.Line> lines = new ArrayList<>();

    @BeforeEach
    void district() throws IOException {
        Path units = Files.writeString(folder.resolve("units.csv"), """
                code,name,type,aliases,from_year,to_year
                T1,四坝镇,township,四坝镇人民政府,,
                """, StandardCharsets.UTF_8);
        properties = new RollupProperties(folder.resolve("data"), "凉州区", new RollupProperties.Reading(1, 10),
                DataSize.ofMegabytes(50), new RollupProperties.Names(List.of(), List.of("人民政府"), List.of()));
        run = new YearRunFactory(CATALOG, properties).prepare(2024, folder.resolve("nowhere"),
                folder.resolve("nowhere"), units, "凉州区");
    }

    private SingleFileCheck check(int heldBack) {
        return new SingleFileCheck(run, new FileCheck(run, CATALOG, new SubmissionFileInspector(CATALOG),
                properties.maxFileSize()), heldBack);
    }

    private Path csv(String name, String... rows) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void namesTheUnitAsTheRegisterDoesAndCountsTheRows() throws IOException {
        Path file = csv("任意名称_2024.csv", "单位,指标代码,数值", "四坝镇人民政府,P02@M,2", "四坝镇人民政府,P03@N,x",
                "某某乡,P04@N,1");

        SingleFileCheck.Outcome outcome = check(100).check(file, lines::add);

        assertThat(lines).extracting(SingleFileCheck.Line::error, SingleFileCheck.Line::row,
                        SingleFileCheck.Line::unit, SingleFileCheck.Line::value, SingleFileCheck.Line::reason)
                .containsExactly(tuple(true, 3, "四坝镇", "x", "type-error"),
                        tuple(true, 4, "某某乡", "1", "unknown-unit"));
        assertThat(outcome).isEqualTo(new SingleFileCheck.Outcome(List.of("四坝镇"), null, FileStatus.READABLE, 3, 1, 2, 0));
        assertThat(outcome.acceptedWhole()).isFalse();
    }

    @Test
    void theRowsOfAFormOfAnotherTemplateGiveOneProblemHoweverManyAreHeldBack() throws IOException {
        Path file = csv("四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,L01_1,3", "四坝镇,L01_1a,1", "四坝镇,L03_1,0",
                "某某乡,P02@M,1");

        for (int heldBack : new int[] {100, 2, 0}) {
            lines.clear();
            SingleFileCheck.Outcome outcome = check(heldBack).check(file, lines::add);

            assertThat(lines).as("at most %d held back", heldBack)
                    .extracting(SingleFileCheck.Line::row, SingleFileCheck.Line::reason)
                    .containsExactly(tuple(5, "unknown-unit"), tuple(null, "template-mismatch"));
            assertThat(outcome).isEqualTo(new SingleFileCheck.Outcome(List.of("四坝镇"), null, FileStatus.READABLE, 4, 0, 2, 0));
        }
    }

    @Test
    void lastYearsTableGivesOneProblemInsteadOfOnePerRow() throws IOException {
        Path file = csv("四坝镇_2024.csv", "单位,年度,指标代码,数值", "四坝镇,2023,P02@M,1", "四坝镇,2023,P03@N,2",
                "四坝镇,2023,P04@N,3");

        SingleFileCheck.Outcome outcome = check(100).check(file, lines::add);

        assertThat(lines).extracting(SingleFileCheck.Line::row, SingleFileCheck.Line::unit, SingleFileCheck.Line::reason,
                SingleFileCheck.Line::message).containsExactly(tuple(null, "四坝镇", "year-mismatch",
                "四坝镇报来的是2023年度的报表（全部3行的年度都是2023年），不是2024年度的：请报送2024年度的报表"));
        assertThat(outcome).isEqualTo(new SingleFileCheck.Outcome(List.of("四坝镇"), null, FileStatus.READABLE, 3, 0, 1, 0));
    }

    @Test
    void manyProblemsAreHandedOutInTheOrderFoundWhenTheFileIsReadTwice() throws IOException {
        Path file = csv("四坝镇_2024.csv", "指标代码,数值", "P02@M,a", "X1,1", "P03@N,-1", "P04@N,3500元");

        check(1).check(file, lines::add);

        assertThat(lines).extracting(SingleFileCheck.Line::row, SingleFileCheck.Line::reason)
                .containsExactly(tuple(2, "type-error"), tuple(3, "unknown-code"), tuple(4, "negative-value"),
                        tuple(5, "type-error"));
    }

    @Test
    void anOfficialFormThatNamesNoUnitInAFileNamedForNoneSaysWhereToWriteIt() throws Exception {
        Path blankUnit = form("", folder.resolve("统计表.xlsx"), false);
        Path noUnitLine = form("", folder.resolve("统计表2.xlsx"), true);

        check(100).check(blankUnit, lines::add);
        check(100).check(noUnitLine, lines::add);

        assertThat(lines).extracting(SingleFileCheck.Line::reason, SingleFileCheck.Line::message).containsExactly(
                tuple("missing-label", "官方表格的“填报单位：”后没有填写单位（工作表“统计表”的单元格A2），文件名也没有写明单位："
                        + "请在工作表“统计表”的单元格A2的“填报单位：”后填写单位名称，或把文件命名为“单位名称_2024.xlsx”"
                        + "（如“四坝镇_2024.xlsx”）"),
                tuple("missing-label", "官方表格上方没有“填报单位：…”一行，文件名也没有写明单位：请在工作表“统计表”表格标题下方加一行"
                        + "“填报单位：单位名称”，或把文件命名为“单位名称_2024.xlsx”（如“四坝镇_2024.xlsx”）"));
    }

    /** The blank fill-in template for a unit, its 填报单位 line left blank or taken away. */
    private static Path form(String unit, Path file, boolean withoutUnitLine) throws Exception {
        FillInTemplate.write(new FillInTemplate.Request(CATALOG.template("V2021").orElseThrow(), unit, "township",
                2024), file);
        if (withoutUnitLine) {
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                for (Row row : book.getSheet(FillInTemplate.FORM_SHEET)) {
                    row.forEach(cell -> {
                        if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().startsWith(FillInTemplate.UNIT_PREFIX)) {
                            cell.setBlank();
                        }
                    });
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    book.write(out);
                }
            }
        }
        return file;
    }

    @Test
    void warningsAloneLeaveTheFileAcceptedWhole() throws IOException {
        Path file = csv("四坝镇_2024.csv", "指标代码,数值", "P06@AMT,3500元");

        SingleFileCheck.Outcome outcome = check(100).check(file, lines::add);

        assertThat(outcome.acceptedWhole()).isTrue();
        assertThat(outcome.summary("四坝镇_2024.csv"))
                .isEqualTo("四坝镇_2024.csv：四坝镇的报表，读取 1 行，采用 1，退回 0；没有错误，有 1 条警告：请逐条核对（汇总时仍会整份采用）");
    }
}
