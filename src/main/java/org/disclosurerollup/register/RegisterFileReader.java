package org.disclosurerollup.register;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Reads {@code units.csv} line by line and turns every defect into a {@link RegisterException} naming file and line. */
final class RegisterFileReader {

    static final List<String> COLUMNS = List.of("code", "name", "type", "aliases", "from_year", "to_year");

    private final Path file;

    RegisterFileReader(Path file) {
        this.file = file;
    }

    UnitRegister read() {
        byte[] bytes = bytes();
        List<NumberedLine> lines = csvLines(text(bytes));
        if (lines.isEmpty()) {
            throw problem(1, "文件是空的，第 1 行应为表头 " + String.join(",", COLUMNS));
        }
        int[] columnIndex = columnIndex(lines.get(0).cells());
        List<RegisterLine> entries = new ArrayList<>();
        for (NumberedLine line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                entries.add(new RegisterLine(line.number(), unit(line, columnIndex)));
            }
        }
        new RegisterConsistency(this::problem).check(entries);
        return new UnitRegister(entries.stream().map(RegisterLine::unit).toList(), sha256(bytes));
    }

    /** A unit together with the line it was read from, for messages. */
    record RegisterLine(int number, Unit unit) {
    }

    private record NumberedLine(int number, String[] cells) {
        boolean isBlank() {
            return Arrays.stream(cells).allMatch(String::isBlank);
        }

        String cell(int index) {
            return index < cells.length ? cells[index].trim() : "";
        }
    }

    private byte[] bytes() {
        if (!Files.isRegularFile(file)) {
            throw new RegisterException("找不到单位名册 " + file + "：请用 --units 指定名册文件，或把 units.csv 放在输入文件夹下");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegisterException("无法读取单位名册 " + file + "：" + e.getMessage());
        }
    }

    private String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RegisterException("单位名册 " + file + " 不是 UTF-8 编码：请用 UTF-8 另存该文件");
        }
    }

    private List<NumberedLine> csvLines(String text) {
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<NumberedLine> lines = new ArrayList<>();
            long before = 0;
            String[] cells;
            while ((cells = csv.readNext()) != null) {
                lines.add(new NumberedLine((int) before + 1, cells));
                before = csv.getLinesRead();
            }
            return lines;
        } catch (IOException | CsvException e) {
            throw new RegisterException("单位名册 " + file + " 不是有效的 CSV 文件：" + e.getMessage());
        }
    }

    private int[] columnIndex(String[] header) {
        List<String> names = Arrays.stream(header).map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int[] index = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            index[i] = names.indexOf(COLUMNS.get(i));
            if (index[i] < 0) {
                throw problem(1, "表头缺少列“" + COLUMNS.get(i) + "”，表头应为 " + String.join(",", COLUMNS));
            }
        }
        return index;
    }

    private Unit unit(NumberedLine line, int[] columnIndex) {
        String code = line.cell(columnIndex[0]);
        String name = line.cell(columnIndex[1]);
        if (code.isEmpty()) {
            throw problem(line.number(), "code 为空，请填写单位代码");
        }
        if (name.isEmpty()) {
            throw problem(line.number(), "name 为空，请填写单位名称");
        }
        UnitType type = type(line.number(), line.cell(columnIndex[2]));
        List<String> aliases = Arrays.stream(line.cell(columnIndex[3]).split("[;；]"))
                .map(String::trim).filter(alias -> !alias.isEmpty()).toList();
        Integer from = year(line.number(), "from_year", line.cell(columnIndex[4]));
        Integer to = year(line.number(), "to_year", line.cell(columnIndex[5]));
        if (from != null && to != null && from > to) {
            throw problem(line.number(), "from_year " + from + " 晚于 to_year " + to + "，请改正起止年份");
        }
        return new Unit(code, name, type, aliases, from, to);
    }

    private UnitType type(int lineNumber, String text) {
        try {
            return UnitType.ofId(text);
        } catch (IllegalArgumentException e) {
            throw problem(lineNumber, "type“" + text + "”无法识别，应为 government（本级政府）、department（本级政府部门）、"
                    + "township（乡镇街道）或 region（下级地区，如市下面的县区）");
        }
    }

    private Integer year(int lineNumber, String column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{4}")) {
            throw problem(lineNumber, column + "“" + text + "”不是年份，应为四位数字（如 2018），不限时留空");
        }
        return Integer.valueOf(text);
    }

    RegisterException problem(int lineNumber, String what) {
        return new RegisterException("单位名册 " + file + " 第 " + lineNumber + " 行：" + what);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
