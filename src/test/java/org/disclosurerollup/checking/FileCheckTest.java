package org.disclosurerollup.checking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.ProblemLevel;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.RegisteredFile;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.job.YearRunFactory;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.disclosurerollup.submission.SubmissionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        RollupProperties properties = new RollupProperties(input.resolve("data"), "凉州区",
                new RollupProperties.Reading(1, 10), DataSize.ofMegabytes(50),
                new RollupProperties.Names(List.of(), List.of("人民政府"), List.of()));
        YearRun run = new YearRunFactory(CATALOG, properties).prepare(2024, input, input.resolve("output"),
                input.resolve("units.csv"), "凉州区");
        check = new FileCheck(run, CATALOG, new SubmissionFileInspector(CATALOG), properties.maxFileSize());
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
                .containsExactly(FileStatus.REJECTED, org.disclosurerollup.audit.Reason.MISSING_LABEL, 2L);
        assertThat(result.submissions()).extracting(SubmissionVerdict::unitCode, SubmissionVerdict::status,
                SubmissionVerdict::rowsRead).containsExactly(tuple("T1", SubmissionStatus.REJECTED, 2L));
        assertThat(problems).extracting(Problem::level, Problem::reason)
                .containsExactly(tuple(ProblemLevel.FILE, "missing-label"));
    }

    @Test
    void aFileChangedSinceItWasRegisteredStopsTheRun() throws IOException {
        RegisteredFile file = write(4, "四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,P02@M,2");
        Files.writeString(input.resolve("2024/四坝镇_2024.csv"), "单位,指标代码,数值\n四坝镇,P02@M,3\n四坝镇,P02@N,1\n");

        assertThatThrownBy(() -> check.check(file, problems::add)).isInstanceOf(IOException.class)
                .hasMessage("文件 四坝镇_2024.csv 在登记后被修改或删除，已无法读取：请待文件放齐后重新运行");
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
