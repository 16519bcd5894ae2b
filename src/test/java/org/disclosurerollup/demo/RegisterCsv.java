package org.disclosurerollup.demo;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitType;

/** Reads and writes {@code units.csv} ({@code code,name,type,aliases,from_year,to_year}); enough for the tools. */
final class RegisterCsv {

    private static final String[] HEADER = {"code", "name", "type", "aliases", "from_year", "to_year"};
    private static final String ALIAS_SEPARATOR = ";";

    private RegisterCsv() {
    }

    static List<Unit> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Unit> units = new ArrayList<>();
        try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new StringReader(text))) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                units.add(new Unit(row.get("code").trim(), row.get("name").trim(), UnitType.ofId(row.get("type")),
                        aliases(row.get("aliases")), year(row.get("from_year")), year(row.get("to_year"))));
            }
        } catch (CsvException e) {
            throw new IOException(file + " 无法读取：" + e.getMessage(), e);
        }
        return units;
    }

    static void write(Path file, List<Unit> units) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd("\n").build()) {
            csv.writeNext(HEADER, false);
            for (Unit unit : units) {
                csv.writeNext(new String[] {unit.code(), unit.name(), unit.type().id(),
                        String.join(ALIAS_SEPARATOR, unit.aliases()), text(unit.fromYear()), text(unit.toYear())}, false);
            }
        }
    }

    private static List<String> aliases(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(ALIAS_SEPARATOR)).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    private static Integer year(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    private static String text(Integer year) {
        return year == null ? "" : year.toString();
    }
}
