package org.disclosurerollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small input folders for the job tests. */
final class Fixtures {

    static final String REGISTER = """
            code,name,type,aliases,from_year,to_year
            G,凉州区人民政府,government,区政府,,
            D1,区教育局,department,凉州区教育局,,
            D2,区民政局,department,,,
            T1,四坝镇,township,四坝镇人民政府,,
            T2,清源镇,township,,,
            T3,黄羊镇,township,,,
            T4,和平镇,township,,,
            OLD,韩佐乡,township,,,2017
            """;

    private final Path input;

    Fixtures(Path input) {
        this.input = input;
        write("units.csv", REGISTER, StandardCharsets.UTF_8);
    }

    Path input() {
        return input;
    }

    Fixtures write(String relative, String text, Charset charset) {
        return bytes(relative, text.getBytes(charset));
    }

    Fixtures utf8(String relative, String... lines) {
        return write(relative, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    Fixtures bytes(String relative, byte[] bytes) {
        try {
            Path file = input.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The warnings (级别 警告) of the workbook's 问题清单, each line its cells joined by {@code |}. */
    static List<String> warningsListed(Path workbook) {
        DataFormatter formatter = new DataFormatter();
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            for (Row row : book.getSheet("问题清单")) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < 9; column++) {
                    cells.add(formatter.formatCellValue(row.getCell(column)));
                }
                if (cells.get(0).equals("警告")) {
                    lines.add(String.join("|", cells));
                }
            }
            return lines;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each row of the notice (its one sheet), its cells as shown joined by {@code |}, without the empty cells at its end. */
    static List<String> noticeLines(Path notice) {
        DataFormatter formatter = new DataFormatter();
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(notice.toFile())) {
            var sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
                    cells.add(formatter.formatCellValue(row.getCell(column)));
                }
                lines.add(String.join("|", cells).replaceAll("\\|+$", ""));
            }
            return lines;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
