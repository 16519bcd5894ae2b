package org.disclosurerollup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosurerollup.audit.ProblemRepository.OfUnit;
import org.disclosurerollup.submission.SubmissionRepository.Received;
import org.disclosurerollup.submission.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One unit's notice: text as written that a spreadsheet would run stays text, and many problems are streamed. */
class ReturnNoticeTest {

    private static final ReturnNotice.Heading HEADING = new ReturnNotice.Heading("凉州区", 2024, 7,
            LocalDateTime.of(2025, 1, 20, 9, 30), "V2021", "四坝镇");
    private static final List<Received> RECEIVED = List.of(new Received("邮件附件/四坝镇_2024.xlsx",
            "3f2a9c0d1e2b4a5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4", Instant.parse("2025-01-18T02:00:00Z"),
            5, SubmissionStatus.ACCEPTED, true, 3, 2, 1, null));

    @TempDir
    Path folder;

    @Test
    void formulaLikeTextIsShownAsWrittenAndNeverRun() throws Exception {
        Path file = folder.resolve("notice.xlsx");
        OfUnit problem = new OfUnit(true, "邮件附件/四坝镇_2024.xlsx", "统计表", 12, "P03@N", "=HYPERLINK(\"http://x\")",
                "type-error", "“=HYPERLINK(\"http://x\")”不是数字：请只填写阿拉伯数字");

        ReturnNotice.Count count = new ReturnNotice().write(HEADING, RECEIVED, 1, action -> action.accept(problem),
                file);

        assertThat(count).isEqualTo(new ReturnNotice.Count(1, 0));
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = book.getSheet("退回通知");
            Cell written = sheet.getRow(problemRow(sheet)).getCell(6);
            assertThat(written.getCellType()).isEqualTo(CellType.STRING);
            assertThat(written.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(written.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(problemRow(sheet)).getCell(4).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).contains("文件名写为“四坝镇_2024_更正.xlsx”");
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("四坝镇 2024年度政府信息公开统计表 退回通知");
        }
    }

    @Test
    void aNoticeOfManyProblemsIsStreamedWithEveryOne() throws Exception {
        Path file = folder.resolve("notice.xlsx");
        long many = 2500;

        ReturnNotice.Count count = new ReturnNotice().write(HEADING, RECEIVED, many,
                action -> LongStream.rangeClosed(1, many).forEach(n -> action.accept(new OfUnit(n <= 2000,
                        "四坝镇_2024.csv", null, (int) n + 1, "P03@N", "x" + n, "type-error", "第" + n + "个"))), file);

        assertThat(count).isEqualTo(new ReturnNotice.Count(2000, 500));
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = book.getSheet("退回通知");
            assertThat(sheet.getRow(problemRow(sheet) + 2499).getCell(7).getStringCellValue()).isEqualTo("第2500个");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("共 2500 条：错误 2000 条，警告 500 条。");
        }
    }

    @Test
    void aUnitWithWarningsOnlyGetsANoticeToCheckNotOfReturn() throws Exception {
        Path file = folder.resolve("notice.xlsx");
        List<Received> accepted = List.of(new Received("四坝镇_2024.csv", RECEIVED.get(0).sha256(),
                Instant.parse("2025-01-18T02:00:00Z"), 5, SubmissionStatus.ACCEPTED, true, 3, 3, 0, null));

        ReturnNotice.Count count = new ReturnNotice().write(HEADING, accepted, 1, action -> action.accept(new OfUnit(false,
                "四坝镇_2024.csv", null, 4, "P06@AMT", "3500元", "yuan-to-wanyuan", "“3500元”按元填写，已换算为0.35万元")),
                file);

        assertThat(count).isEqualTo(new ReturnNotice.Count(0, 1));
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheet("核对通知");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("四坝镇 2024年度政府信息公开统计表 核对通知");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("报表已采用，全部计入汇总，没有退回。只请核对下面“问题清单”中的警告：确认无误的不必重报。");
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("四坝镇 2024年度政府信息公开统计表 核对通知");
        }
    }

    /** The first line of the problem list, under its header. */
    private static int problemRow(Sheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Cell first = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().startsWith("二、问题清单")) {
                return r + 2;
            }
        }
        throw new AssertionError("no problem list");
    }
}
