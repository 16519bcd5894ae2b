package org.disclosurerollup.checking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLevel;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.export.FillInTemplate;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.RegisteredFile;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.job.YearRunFactory;
import org.disclosurerollup.reading.OfficialFormReader;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.disclosurerollup.submission.SubmissionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/** One file from its bytes to its checked submissions, without a database: what the job stores and `check` prints. */
class FileCheckTest {

    private static final Catalog CATALOG = Catalog.fromClasspath();
    private static final String REGISTER = """
            code,name,type,aliases,from_year,to_year
            G,凉州区人民政府,government,区政府,,
            D1,区教育局,department,凉州区教育局,,
            D2,区民政局,department,,,
            T1,四坝镇,township,四坝镇人民政府,,
            """;

    @TempDir
    Path input;

    private FileCheck check;
    private final List<Problem> problems = new ArrayList<>();

    @BeforeEach
    void district() throws IOException {
        Files.writeString(input.resolve("units.csv"), REGISTER, StandardCharsets.UTF_8);
        Files.createDirectories(input.resolve("2024"));
        RollupProperties properties = properties();
        YearRun run = new YearRunFactory(CATALOG, properties).prepare(2024, input, input.resolve("output"),
                input.resolve("units.csv"), "凉州区");
        check = new FileCheck(run, CATALOG, new SubmissionFileInspector(CATALOG), properties.maxFileSize());
    }

    private RollupProperties properties() {
        return new RollupProperties(input.resolve("data"), "凉州区", new RollupProperties.Reading(1, 10),
                DataSize.ofMegabytes(50), new RollupProperties.Names(List.of(), List.of("人民政府"), List.of()));
    }

    @Test
    void checksEachUnitsRowsAsASubmissionAndHandsOutEveryProblemAsFound() throws IOException {
        RegisteredFile file = write(1, "区直部门_2024.csv",
                "填报单位,年份,指标名称,列,数值",
                "区教育局,2024,行政许可,本年处理决定数量,10",
                "区民政局,2024,行政许可,本年处理决定数量,5",
                "区民政局,2024,行政许可,本年处理决定数量,6",
                "某某局,2024,行政处罚,本年处理决定数量,9",
                "区民政局,2023,行政强制,本年处理决定数量,1",
                "区民政局,2024,行政处罚,本年处理决定数量,2");

        FileCheck.Result result = check.check(file, problems::add);

        assertThat(result.file()).extracting("status", "rowsRead", "rowsUnattributed", "unattributedUnits")
                .containsExactly(FileStatus.READABLE, 6L, 1L, "某某局");
        assertThat(result.submissions()).extracting(SubmissionVerdict::unitCode, SubmissionVerdict::status,
                        SubmissionVerdict::rowsRead, SubmissionVerdict::rowsAccepted,
                        SubmissionVerdict::rowsOfAnotherYear)
                .containsExactly(tuple("D1", SubmissionStatus.ACCEPTED, 1L, 1L, 0L),
                        tuple("D2", SubmissionStatus.ACCEPTED, 4L, 1L, 1L));
        assertThat(result.submissions().get(1).cells()).containsOnlyKeys("P04@N");
        assertThat(problems).extracting(Problem::level, Problem::rowNo, Problem::unitCode, Problem::reason)
                .containsExactly(
                        tuple(ProblemLevel.ROW, 5, null, "unknown-unit"),
                        tuple(ProblemLevel.ROW, 6, "D2", "year-mismatch"),
                        tuple(ProblemLevel.ROW, 3, "D2", "duplicate-cell"),
                        tuple(ProblemLevel.ROW, 4, "D2", "duplicate-cell"));
        assertThat(problems.get(1).message()).isEqualTo(
                "此行的年度是2023年，本次汇总的是2024年度：如是2024年的数，请把年度改为2024；2023年的数不要报在2024年的报表中");
        assertThat(problems.get(2).message()).isEqualTo(
                "指标P03@N在同一报表中填报了2次且数值不同（第3行为“5”，第4行为“6”）：请只保留正确的一行");
        assertThat(result.coveredRows()).isEmpty();
    }

    @Test
    void aCopyOfAnEarlierFileIsItsDuplicateAndIsNotRead() throws IOException {
        RegisteredFile copy = write(2, "邮件附件_四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");
        RegisteredFile registeredAsCopy = new RegisteredFile(copy.fileId(), copy.path(), copy.sizeBytes(),
                copy.sha256(), copy.modifiedAt(), copy.fileType(), copy.nameUnit(), copy.nameUnitCode(),
                copy.nameYear(), 1, null);

        FileCheck.Result result = check.check(registeredAsCopy, problems::add);

        assertThat(result.file()).extracting("status", "duplicateOf", "rowsRead")
                .containsExactly(FileStatus.DUPLICATE, 1, 0L);
        assertThat(result.submissions()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileRejectedWholeIsItsUnitsRejectedSubmissionWithItsRowsCounted() throws IOException {
        RegisteredFile file = write(3, "四坝镇_2024.csv", "单位,数值", "四坝镇,1", "四坝镇,2");

        FileCheck.Result result = check.check(file, problems::add);

        assertThat(result.file()).extracting("status", "reason", "rowsRead")
                .containsExactly(FileStatus.REJECTED, Reason.MISSING_LABEL, 2L);
        assertThat(result.submissions()).extracting(SubmissionVerdict::unitCode, SubmissionVerdict::status,
                SubmissionVerdict::rowsRead).containsExactly(tuple("T1", SubmissionStatus.REJECTED, 2L));
        assertThat(problems).extracting(Problem::level, Problem::reason)
                .containsExactly(tuple(ProblemLevel.FILE, "missing-label"));
    }

    @ParameterizedTest
    @CsvSource({"V2014, 2017, 58", "V2019, 2020, 198", "V2021, 2024, 200"})
    void aFillInTemplateSentBackWithNothingTypedInIsRejectedWholeAsBlank(String template, int year, long cells)
            throws IOException {
        RegisteredFile file = blankTemplate(5, template, year);

        FileCheck.Result result = yearOf(year).check(file, problems::add);

        String message = "“四坝镇_" + year + ".xlsx”是空白的报表模板，一个数字也没有填写：请在表中填写本单位的各项数字"
                + "（没有发生的填0），再重新报送";
        assertThat(result.file()).extracting("status", "reason", "message", "nameUnitCode", "rowsRead",
                "rowsUnattributed").containsExactly(FileStatus.REJECTED, Reason.UNREADABLE_FILE, message, "T1", cells, 0L);
        assertThat(result.submissions()).extracting(SubmissionVerdict::unitCode, SubmissionVerdict::status,
                        SubmissionVerdict::rowsRead, SubmissionVerdict::rowsAccepted)
                .containsExactly(tuple("T1", SubmissionStatus.REJECTED, cells, 0L));
        assertThat(problems).extracting(Problem::level, Problem::unitText, Problem::reason, Problem::message)
                .containsExactly(tuple(ProblemLevel.FILE, "四坝镇", "unreadable-file", message));
        assertThat(result.coveredRows()).isEmpty();
    }

    @Test
    void aTemplateWithOneZeroTypedInIsNotBlank() throws IOException {
        RegisteredFile file = blankTemplate(6, "V2021", 2024);
        Path path = input.resolve("2024").resolve(file.path());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(path))) {
            RawRow first = ((OfficialFormReading.Form) new OfficialFormReader(CATALOG).read(book)).rows().get(0);
            CellReference at = new CellReference(first.cellRef());
            book.getSheet(first.sheet()).getRow(at.getRow()).getCell(at.getCol()).setCellValue(0);
            try (OutputStream out = Files.newOutputStream(path)) {
                book.write(out);
            }
        }

        FileCheck.Result result = check.check(registered(6, file.path()), problems::add);

        assertThat(result.file()).extracting("status", "rowsRead").containsExactly(FileStatus.READABLE, 200L);
        assertThat(result.submissions()).extracting(SubmissionVerdict::status, SubmissionVerdict::rowsAccepted)
                .containsExactly(tuple(SubmissionStatus.ACCEPTED, 200L));
        assertThat(problems).isEmpty();
    }

    @Test
    void aLongFileWithoutAValueIsBlankAndItsRowsProblemsGiveWayToTheFiles() throws IOException {
        RegisteredFile file = write(7, "四坝镇_2024.csv", "单位,年度,指标代码,数值", "四坝镇,2024,P02@M,",
                "四坝镇,2023,P03@N,", "四坝镇,2024,X9,\u3000", "某某乡,2024,P04@N,");

        FileCheck.Result result = check.check(file, problems::add);

        String message = "“四坝镇_2024.csv”的数值一个也没有填写（“数值”列全部为空）：请填写各项数字（没有发生的填0），再重新报送";
        assertThat(result.file()).extracting("status", "reason", "message", "nameUnitCode", "rowsRead",
                "rowsUnattributed").containsExactly(FileStatus.REJECTED, Reason.UNREADABLE_FILE, message, "T1", 4L, 0L);
        assertThat(result.submissions()).extracting(SubmissionVerdict::unitCode, SubmissionVerdict::status,
                SubmissionVerdict::rowsRead).containsExactly(tuple("T1", SubmissionStatus.REJECTED, 4L));
        assertThat(problems).extracting(Problem::itemNo, Problem::reason).containsExactly(
                tuple(2, "year-mismatch"), tuple(3, "unknown-code"), tuple(4, "unknown-unit"),
                tuple(null, "unreadable-file"));
        assertThat(result.coveredRows()).containsExactly(2, 3, 4);
    }

    @Test
    void lastYearsTableUnderThisYearsNameIsOneProblemOfTheSubmissionItsRowsStillRejected() throws IOException {
        RegisteredFile file = write(8, "区直部门_2024.csv", "单位,年度,指标代码,数值", "区教育局,2023,P02@M,1",
                "区教育局,2023年,P03@N,2", "区教育局,2023,P04@N,3", "区民政局,2023,P02@M,1", "区民政局,2024,P03@N,2");

        FileCheck.Result result = check.check(file, problems::add);

        assertThat(result.submissions()).extracting(SubmissionVerdict::unitCode, SubmissionVerdict::status,
                        SubmissionVerdict::rowsRead, SubmissionVerdict::rowsAccepted,
                        SubmissionVerdict::rowsOfAnotherYear)
                .containsExactly(tuple("D1", SubmissionStatus.REJECTED, 3L, 0L, 3L),
                        tuple("D2", SubmissionStatus.ACCEPTED, 2L, 1L, 1L));
        assertThat(result.coveredRows()).containsExactly(1, 2, 3);
        assertThat(problems).extracting(Problem::level, Problem::itemNo, Problem::unitCode, Problem::reason)
                .containsExactly(tuple(ProblemLevel.ROW, 1, "D1", "year-mismatch"),
                        tuple(ProblemLevel.ROW, 2, "D1", "year-mismatch"),
                        tuple(ProblemLevel.ROW, 3, "D1", "year-mismatch"),
                        tuple(ProblemLevel.ROW, 4, "D2", "year-mismatch"),
                        tuple(ProblemLevel.SUBMISSION, null, "D1", "year-mismatch"));
        assertThat(problems.get(4).message()).isEqualTo(
                "区教育局报来的是2023年度的报表（全部3行的年度都是2023年），不是2024年度的：请报送2024年度的报表");
    }

    @Test
    void aFileChangedSinceItWasRegisteredStopsTheRun() throws IOException {
        RegisteredFile file = write(4, "四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");
        Files.writeString(input.resolve("2024/四坝镇_2024.csv"), "单位,指标代码,数值\n四坝镇,P02@M,3\n四坝镇,P02@N,1\n");

        assertThatThrownBy(() -> check.check(file, problems::add)).isInstanceOf(IOException.class)
                .hasMessage("文件 四坝镇_2024.csv 在登记后被修改或删除，已无法读取：请待文件放齐后重新运行");
    }

    /** The blank fill-in template of 四坝镇, as the {@code template} command writes it, in the year's folder. */
    private RegisteredFile blankTemplate(int fileId, String template, int year) throws IOException {
        String name = FillInTemplate.fileName("四坝镇", year);
        Path file = Files.createDirectories(input.resolve(Integer.toString(year))).resolve(name);
        FillInTemplate.write(new FillInTemplate.Request(CATALOG.template(template).orElseThrow(), "四坝镇", "township",
                year), file);
        return registered(fileId, name, year);
    }

    private RegisteredFile registered(int fileId, String name) throws IOException {
        return registered(fileId, name, 2024);
    }

    private RegisteredFile registered(int fileId, String name, int year) throws IOException {
        Path file = input.resolve(Integer.toString(year)).resolve(name);
        byte[] bytes = Files.readAllBytes(file);
        return new RegisteredFile(fileId, name, bytes.length, DigestUtils.sha256Hex(bytes),
                Files.getLastModifiedTime(file).toInstant(), "xlsx", null, null, null, null, null);
    }

    /** The check of another year's run (another template) of the same district. */
    private FileCheck yearOf(int year) {
        RollupProperties properties = properties();
        YearRun run = new YearRunFactory(CATALOG, properties).prepare(year, input, input.resolve("output"),
                input.resolve("units.csv"), "凉州区");
        return new FileCheck(run, CATALOG, new SubmissionFileInspector(CATALOG), properties.maxFileSize());
    }

    private RegisteredFile write(int fileId, String name, String... lines) throws IOException {
        Path file = input.resolve("2024").resolve(name);
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        Instant modified = Instant.parse("2025-01-20T09:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return new RegisteredFile(fileId, name, bytes.length, DigestUtils.sha256Hex(bytes), modified, "csv", null,
                null, null, null, null);
    }
}
