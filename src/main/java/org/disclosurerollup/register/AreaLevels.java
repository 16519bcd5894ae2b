package org.disclosurerollup.register;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The levels of {@code domain/area-levels.csv}: an area's labels by the end of its name. */
public final class AreaLevels {

    private record Suffixed(String suffix, AreaLevel level) {
    }

    private final List<Suffixed> levels;

    private AreaLevels(List<Suffixed> levels) {
        this.levels = levels.stream().sorted(Comparator.comparingInt((Suffixed s) -> s.suffix().length()).reversed())
                .toList();
    }

    public static AreaLevels fromClasspath() {
        try (InputStream in = AreaLevels.class.getResourceAsStream("/domain/area-levels.csv");
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Suffixed> levels = new ArrayList<>();
            for (Map<String, String> line = csv.readMap(); line != null; line = csv.readMap()) {
                levels.add(new Suffixed(line.get("suffix"), new AreaLevel(line.get("whole_area"),
                        line.get("own_level"), line.get("level"), line.get("lower_areas"))));
            }
            return new AreaLevels(levels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("domain/area-levels.csv: " + e.getMessage(), e);
        }
    }

    /** The level the area's name ends with; a name that ends with none is taken as a district (区). */
    public AreaLevel of(String area) {
        String name = area.strip();
        return levels.stream().filter(level -> name.endsWith(level.suffix())).map(Suffixed::level).findFirst()
                .orElseGet(() -> of("区"));
    }
}
