package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.reading.ExcelFixtures;
import org.disclosurerollup.reading.ExcelFixtures.Formula;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A year of mixed CSV, {@code .xlsx} and {@code .xls} long-layout files, end to end through the job. */
class ExcelJobFunctionalTests extends JobTestSupport {

    Fixtures input;
    Path output;

    @BeforeEach
    void mixedYear() throws Exception {
        output = work.resolve("output");
        input = new Fixtures(work.resolve("input"))
                .utf8("2024/四坝镇_2024.csv", "单位,指标代码,数值", "四坝镇,P02@M,2", "四坝镇,P03@N,10")
                .utf8("2024/区民政局_2024.xls", "<html><table><tr><td>P02@M</td><td>1</td></tr></table></html>");
        Path year = input.input().resolve("2024");
        ExcelFixtures.workbookFor(year.resolve("清源镇_2024.xlsx"))
                .sheet("填表说明").row(0, "请按指标代码逐行填写")
                .sheet("数据").row(0, "清源镇2024年政府信息公开统计").row(2, "单位", "年度", "指标代码", "数值")
                .row(3, "清源镇", "2024", "P02@M", 90.0)
                .row(4, "清源镇", "2024", "P03@N", new Formula("1+2"))
                .row(5, "清源镇", "2024", "P06@AMT", 2.92)
                .row(7, "清源镇", "2024", "P04@N", LocalDate.of(2024, 1, 5))
                .row(8, "清源镇", "2024", "P05@N", "１２件")
                .row(9, "清源镇", "2024", "R1@KEEP", "—")
                .save(year.resolve("清源镇_2024.xlsx"));
        ExcelFixtures.workbookFor(year.resolve("黄羊镇_2024.xls")).sheet("Sheet1")
                .row(0, "单位", "指标代码", "数值")
                .row(1, "黄羊镇", "P02@M", 4)
                .row(2, null, "P03@N", "0件")
                .row(3, "黄羊镇", "P06@AMT", "1,000元")
                .merge("A2:A3")
                .save(year.resolve("黄羊镇_2024.xls"));
        encrypt(ExcelFixtures.workbookFor(work.resolve("plain.xlsx")).sheet("数据")
                .row(0, "单位", "指标代码", "数值").row(1, "和平镇", "P02@M", 7)
                .save(work.resolve("plain.xlsx")), year.resolve("和平镇_2024.xlsx"));
    }

    @Test
    void sumsCsvAndExcelSubmissionsExactly() throws Exception {
        RunOutcome outcome = run(2024, input.input(), output);

        assertThat(outcome.completed()).isTrue();
        Map<String, String> totals = csv("totals.csv").stream().skip(1).map(line -> line.split(",", -1))
                .collect(Collectors.toMap(f -> f[1] + " " + f[2], f -> f[3]));
        assertThat(totals).containsEntry("all P02@M", "96").containsEntry("township P02@M", "96")
                .containsEntry("all P03@N", "13").containsEntry("all P04@N", "0").containsEntry("all P05@N", "12")
                .containsEntry("all P06@AMT", "3.02").containsEntry("all R1@KEEP", "0")
                .containsEntry("district P02@M", "0");
    }

    @Test
    void accountsForEveryRowOfEveryFile() throws Exception {
        RunOutcome outcome = run(2024, input.input(), output);

        assertThat(csv("submissions.csv")).extracting(line -> String.join(",", dropSha(line.split(",", -1))))
                .containsExactly(
                        "unit_code,unit,type,status,file,accepted,rejected",
                        "G,凉州区人民政府,government,missing,,0,0",
                        "D1,区教育局,department,missing,,0,0",
                        "D2,区民政局,department,rejected,区民政局_2024.xls,0,0",
                        "T1,四坝镇,township,accepted,四坝镇_2024.csv,2,0",
                        "T2,清源镇,township,accepted,清源镇_2024.xlsx,5,1",
                        "T3,黄羊镇,township,accepted,黄羊镇_2024.xls,3,0",
                        "T4,和平镇,township,rejected,和平镇_2024.xlsx,0,0");
        assertThat(csv("rejected-rows.csv")).containsExactly(
                "file,sheet,row,unit,code,value,reason,message",
                "区民政局_2024.xls,,,区民政局,,,unreadable-file,文件扩展名是“.xls”，但内容不是Excel文件（看起来是网页/XML文本）："
                        + "请用Excel打开后另存为.xlsx",
                "和平镇_2024.xlsx,,,和平镇,,,unreadable-file,文件已加密：请在Excel中取消密码后另存再提交",
                "清源镇_2024.xlsx,数据,8,清源镇,P04@N,2024-01-05,type-error," + typeErrorMessage());
        assertThat(outcome.counts().rowsRead()).isEqualTo(11);
        assertThat(outcome.counts().rowsAccepted()).isEqualTo(10);
        assertThat(outcome.counts().rowsRejected()).isEqualTo(1);
        assertThat(perFile()).containsExactly("区民政局_2024.xls 整个文件被退回 0=0+0", "和平镇_2024.xlsx 整个文件被退回 0=0+0",
                "四坝镇_2024.csv 已读取 2=2+0", "清源镇_2024.xlsx 已读取 6=5+1", "黄羊镇_2024.xls 已读取 3=3+0");
    }

    private String typeErrorMessage() {
        return csv("rejected-rows.csv").stream().filter(l -> l.contains("type-error")).findFirst().orElseThrow()
                .split(",", 8)[7];
    }

    private List<String> perFile() throws Exception {
        List<String> perFile = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("2024/凉州区_2024_政府信息公开统计汇总.xlsx").toFile())) {
            for (Row row : workbook.getSheet("运行信息")) {
                if (row.getLastCellNum() >= 7 && row.getCell(4).getCellType() == CellType.NUMERIC) {
                    perFile.add(row.getCell(0).getStringCellValue() + " " + row.getCell(3).getStringCellValue() + " "
                            + (long) row.getCell(4).getNumericCellValue() + "=" + (long) row.getCell(5).getNumericCellValue()
                            + "+" + (long) row.getCell(6).getNumericCellValue());
                }
            }
        }
        return perFile;
    }

    private static String[] dropSha(String[] fields) {
        List<String> kept = new ArrayList<>(List.of(fields));
        kept.remove(5);
        return kept.toArray(String[]::new);
    }

    private static void encrypt(Path plain, Path encrypted) throws Exception {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("秘密");
            try (OutputStream data = encryptor.getDataStream(container)) {
                Files.copy(plain, data);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                container.writeFilesystem(out);
            }
        }
    }

    private List<String> csv(String name) {
        return Fixtures.lines(output.resolve("2024").resolve(name));
    }
}
