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
        assertThat(result.getFlashMap().get("uploadErrors")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(
                "西营镇_2023.xlsx：扩展名是 .xlsx，但内容不是 Excel 2007 及以上版本的工作簿（内容是 PDF 文件）",
                "张义镇_2023.csv：扩展名是 .csv，但内容不是文本（含有 NUL 字节）：请用 Excel 或 WPS 另存为“CSV UTF-8”",
                "黄羊镇_2023.xls：扩展名是 .xls，但内容不是 Excel 97-2003 工作簿（内容是 ZIP/xlsx 文件）",
                "武南镇_2023.exe：只接受 .csv、.xlsx、.xls 文件",
                "本次上传的文件都没有保存：请更正上面的问题后重新上传");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aRealWorkbookIsAccepted() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            workbook.createSheet("表").createRow(0).createCell(0).setCellValue("单位");
            workbook.write(bytes);
        }
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            workbook.createSheet("表");
            java.io.ByteArrayOutputStream xls = new java.io.ByteArrayOutputStream();
            workbook.write(xls);
            upload(file("西营镇_2023.xlsx", bytes.toByteArray()), file("张义镇_2023.XLS", xls.toByteArray()));
        }
        assertThat(stored()).containsExactly(".张义镇_2023.xls.original-name", "张义镇_2023.xls", "西营镇_2023.xlsx");
    }

    @Test
    void aFileOverTheSizeCapIsRefused() throws Exception {
        byte[] large = new byte[16 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'x');
        MvcResult result = upload(file("四坝镇_2023.csv", large));
        assertThat(result.getFlashMap().get("uploadErrors")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).first().asString()
                .startsWith("四坝镇_2023.csv：文件太大");
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
