package org.disclosurerollup.consolidation;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The totals scopes of the contract, read from {@code domain/scopes.csv}. */
public final class Scopes {

    private Scopes() {
    }

    public static List<Scope> fromClasspath() {
        try (InputStream in = Scopes.class.getResourceAsStream("/domain/scopes.csv");
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Scope> scopes = new ArrayList<>();
            Map<String, String> line;
            while ((line = csv.readMap()) != null) {
                scopes.add(new Scope(line.get("scope"), line.get("label"),
                        Arrays.asList(line.get("unit_types").split(";")), !line.get("when").isBlank()));
            }
            return List.copyOf(scopes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("domain/scopes.csv: " + e.getMessage(), e);
        }
    }
}
