package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** Uploads: safe names, type by content, the size cap, no silent overwrite, nothing stored from a bad upload. */
class UploadTests extends ConsoleTestSupport {

    private static final Path YEAR = INPUT.resolve("2023");
    private static final byte[] CSV = "单位,年度,指标代码,数值\n四坝镇,2023,P01@M,1\n".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void emptyYearFolder() throws Exception {
        if (Files.exists(YEAR)) {
            try (Stream<Path> files = Files.list(YEAR)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private MvcResult upload(MockMultipartFile... files) throws Exception {
        var request = multipart("/years/2023/uploads");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(user(USER)).with(csrf())).andExpect(redirectedUrl("/years/2023")).andReturn();
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    private static List<String> stored() throws Exception {
        if (!Files.isDirectory(YEAR)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(YEAR)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCsvIsStoredUnderItsChineseName() throws Exception {
        upload(file("四坝镇_2023.csv", CSV));
        assertThat(stored()).containsExactly("四坝镇_2023.csv");
        assertThat(Files.readAllBytes(YEAR.resolve("四坝镇_2023.csv"))).isEqualTo(CSV);
    }

    @Test
    void pathPartsAndControlCharactersLeaveTheName() throws Exception {
        MvcResult result = upload(file("../../四坝镇_2023.csv", CSV), file("a/b/西营镇_2023.csv", CSV),
                file("C:\\Users\\clerk\\张义镇_2023.csv", CSV), file("黄羊镇\u0000_2023.csv", CSV),
                file("..csv", CSV));
        assertThat(result.getFlashMap().get("uploadErrors")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(
                "..csv：只接受 .csv、.xlsx、.xls 文件",
                "本次上传的文件都没有保存：请更正上面的问题后重新上传");
        assertThat(stored()).isEmpty();
        upload(file("../../四坝镇_2023.csv", CSV), file("a/b/西营镇_2023.csv", CSV),
                file("C:\\Users\\clerk\\张义镇_2023.csv", CSV), file("黄羊镇\u0000_2023.csv", CSV));
        assertThat(stored()).containsExactly(".四坝镇_2023.csv.original-name",
                ".张义镇_2023.csv.original-name", ".西营镇_2023.csv.original-name", "四坝镇_2023.csv", "张义镇_2023.csv",
                "西营镇_2023.csv", "黄羊镇_2023.csv");
        assertThat(Files.readString(YEAR.resolve(".四坝镇_2023.csv.original-name"))).isEqualTo("../../四坝镇_2023.csv");
        assertThat(Files.exists(INPUT.resolve("四坝镇_2023.csv"))).isFalse();
        assertThat(Files.exists(ROOT.resolve("四坝镇_2023.csv"))).isFalse();
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedAndNothingIsStored() throws Exception {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        byte[] binary = {0x01, 0x00, 0x02, 0x03};
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
        MvcResult result = upload(file("四坝镇_2023.csv", CSV), file("西营镇_2023.xlsx", pdf),
                file("张义镇_2023.csv", binary), file("黄羊镇_2023.xls", zip), file("武南镇_2023.exe", CSV));
        assertThat(errors(result)).containsExactly(
                "西营镇_2023.xlsx：文件扩展名是“.xlsx”，但内容不是Excel文件（是PDF文件）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
                "张义镇_2023.csv：文件第2个字节是NUL（0x00），不是CSV文本文件：请用Excel或WPS另存为“CSV UTF-8”后重新提交",
                "黄羊镇_2023.xls：文件扩展名是“.xls”，但内容不是.xls格式（是ZIP压缩包，可能是改了扩展名的.xlsx文件）：请用Excel打开后另存为.xlsx",
                "武南镇_2023.exe：只接受 .csv、.xlsx、.xls 文件",
                "本次上传的文件都没有保存：请更正上面的问题后重新上传");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aWordFileOrZipNamedAsExcelIsRefusedWithTheJobsMessage() throws Exception {
        MvcResult result = upload(file("四坝镇_2023.csv", CSV), file("t_word.xlsx", OfficeFiles.docx()),
                file("t_word.xls", OfficeFiles.ole2Word()), file("t_zip.xlsx", OfficeFiles.zip()),
                file("t_cut.xlsx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(errors(result)).containsExactly(
                "t_word.xlsx：文件扩展名是“.xlsx”，但内容不是Excel文件（是Word文档）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
                "t_word.xls：无法读取Excel文件（文件已损坏、不完整或不是Excel工作簿）：请用Excel或WPS打开，确认内容完整后另存为.xlsx再提交",
                "t_zip.xlsx：文件扩展名是“.xlsx”，但内容不是Excel文件（是ZIP压缩包，其中没有Excel工作簿）：请提交Excel文件，或用Excel或WPS另存的“CSV UTF-8”文件",
                "t_cut.xlsx：无法读取Excel文件（文件已损坏、不完整或不是Excel工作簿）：请用Excel或WPS打开，确认内容完整后另存为.xlsx再提交",
                "本次上传的文件都没有保存：请更正上面的问题后重新上传");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFileTheJobWouldRejectForItsContentIsStoredWithAWarning() throws Exception {
        byte[] noCode = "单位,年度,数值\n四坝镇,2023,1\n".getBytes(StandardCharsets.UTF_8);
        MvcResult result = upload(file("四坝镇_2023.csv", noCode), file("西营镇_2023.csv", CSV));
        assertThat(result.getFlashMap().get("uploadErrors")).isNull();
        assertThat(result.getFlashMap().get("uploadDone")).isEqualTo(List.of("四坝镇_2023.csv", "西营镇_2023.csv"));
        assertThat(result.getFlashMap().get("uploadWarnings")).isEqualTo(List.of("四坝镇_2023.csv：已保存，但汇总时会被退回：第1行表头缺少“指标代码”或“指标名称”列。可用的列名："
                + "单位（单位、单位名称、填报单位、unit）；年度（年度、年份、year）；指标代码（指标代码、代码、code）；指标名称（指标名称、指标、indicator）；"
                + "列（列、栏目、column）；数值（数值、统计数、value）"));
        assertThat(stored()).containsExactly("四坝镇_2023.csv", "西营镇_2023.csv");
    }

    @Test
    void aLongNameIsShortenedAndTheOriginalKept() throws Exception {
        String longName = "长".repeat(90) + ".csv";
        MvcResult result = upload(file("batchgood.csv", CSV), file(longName, CSV));
        String shortName = "长".repeat(32) + ".csv";
        assertThat(result.getFlashMap().get("uploadDone")).isEqualTo(List.of("batchgood.csv",
                longName + " → 存为 " + shortName));
        assertThat(stored()).containsExactly("." + shortName + ".original-name", "batchgood.csv", shortName);
        assertThat(Files.readString(YEAR.resolve("." + shortName + ".original-name"))).isEqualTo(longName);
    }

    @Test
    void aFailureWhileStoringTakesBackTheWholeUpload() throws Exception {
        Files.createDirectories(YEAR.resolve(".batchbad.csv.original-name"));
        MvcResult result = upload(file("batchgood.csv", CSV), file("../batchbad.csv", CSV));
        assertThat(errors(result)).containsExactly("../batchbad.csv：无法保存到输入文件夹（详情见 rollup.log）",
                "本次上传的文件都没有保存：请检查输入文件夹 " + YEAR + " 是否可写、磁盘是否已满，然后重新上传");
        assertThat(stored()).containsExactly(".batchbad.csv.original-name");
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(MvcResult result) {
        return (List<String>) result.getFlashMap().get("uploadErrors");
    }

    @Test
    void aRealWorkbookIsAccepted() throws Exception {
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            upload(file("西营镇_2023.xlsx", longLayout(xlsx)), file("张义镇_2023.XLS", longLayout(xls)));
        }
        assertThat(stored()).containsExactly(".张义镇_2023.xls.original-name", "张义镇_2023.xls", "西营镇_2023.xlsx");
    }

    private static byte[] longLayout(org.apache.poi.ss.usermodel.Workbook workbook) throws java.io.IOException {
        var sheet = workbook.createSheet("表");
        String[][] cells = {{"单位", "年度", "指标代码", "数值"}, {"西营镇", "2023", "P01@M", "1"}};
        for (int r = 0; r < cells.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < cells[r].length; c++) {
                row.createCell(c).setCellValue(cells[r][c]);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        workbook.write(bytes);
        return bytes.toByteArray();
    }

    @Test
    void aFileOverTheSizeCapIsRefused() throws Exception {
        byte[] large = new byte[16 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'x');
        MvcResult result = upload(file("四坝镇_2023.csv", large));
        assertThat(result.getFlashMap().get("uploadErrors")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).first().asString()
                .isEqualTo("四坝镇_2023.csv：超过 16 KB（这个文件 16.1 KB）");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aTakenNameIsNeverOverwritten() throws Exception {
        upload(file("四坝镇_2023.csv", CSV));
        byte[] second = "单位,年度,指标代码,数值\n四坝镇,2023,P01@M,2\n".getBytes(StandardCharsets.UTF_8);
        MvcResult result = upload(file("四坝镇_2023.csv", second));
        assertThat(result.getFlashMap().get("uploadDone")).isEqualTo(
                List.of("四坝镇_2023.csv → 存为 四坝镇_2023_2.csv（已有同名文件，未覆盖）"));
        assertThat(Files.readAllBytes(YEAR.resolve("四坝镇_2023.csv"))).isEqualTo(CSV);
        assertThat(Files.readAllBytes(YEAR.resolve("四坝镇_2023_2.csv"))).isEqualTo(second);
    }

    @Test
    void noFileChosenSaysSo() throws Exception {
        mvc.perform(multipart("/years/2023/uploads").with(user(USER)).with(csrf()))
                .andExpect(flash().attribute("uploadErrors", List.of("没有选择文件：请先选择要上传的报表文件")));
    }
}
