package org.disclosurerollup.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reporting units of the district by year, read from {@code units.csv}. */
public final class UnitRegister {

    private final List<Unit> units;
    private final Map<String, Unit> unitsByCode = new LinkedHashMap<>();
    private final String sha256;

    UnitRegister(List<Unit> units, String sha256) {
        this.units = List.copyOf(units);
        this.units.forEach(unit -> unitsByCode.put(unit.code(), unit));
        this.sha256 = sha256;
    }

    /** Reads and checks the register; a file that cannot be used throws {@link RegisterException}. */
    public static UnitRegister load(Path file) {
        return new RegisterFileReader(file).read();
    }

    /** The SHA-256 of a register file as {@link #sha256()} would give it after {@link #load}, without reading it. */
    public static String sha256Of(Path file) throws IOException {
        return RegisterFileReader.sha256(Files.readAllBytes(file));
    }

    /** Every unit, in file order. */
    public List<Unit> units() {
        return units;
    }

    /** The units that must report for this year, in file order. */
    public List<Unit> expectedIn(int year) {
        return units.stream().filter(unit -> unit.expectedIn(year)).toList();
    }

    public Optional<Unit> byCode(String code) {
        return Optional.ofNullable(unitsByCode.get(code.trim()));
    }

    /** SHA-256 of the file's bytes, lower-case hex: part of the input fingerprint. */
    public String sha256() {
        return sha256;
    }
}
