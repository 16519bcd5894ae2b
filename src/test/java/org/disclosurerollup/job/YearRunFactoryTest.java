package org.disclosurerollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurerollup.RollupProperties;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.intake.YearRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The steps of a run, and its reading threads, share one register read from the file while its content stays. */
class YearRunFactoryTest {

    private static final String HEADER = "code,name,type,aliases,from_year,to_year";

    @TempDir
    Path folder;

    private final YearRunFactory runs = new YearRunFactory(Catalog.fromClasspath(), new RollupProperties(
            Path.of("data"), "凉州区", new RollupProperties.Reading(1, 10), DataSize.ofMegabytes(50),
            new RollupProperties.Names(List.of(), List.of("人民政府"), List.of())));

    @Test
    void theSameFileGivesTheSameRegisterAndNames() throws IOException {
        Path units = write(HEADER, "G1,凉州区人民政府,government,,,", "T1,四坝镇,township,,,");

        YearRun first = prepare(units, "凉州区");
        YearRun second = prepare(folder.resolve(".").resolve("units.csv"), "凉州区");

        assertThat(second.register()).isSameAs(first.register());
        assertThat(second.names()).isSameAs(first.names());
    }

    @Test
    void aChangedFileOrAnotherDistrictIsReadAgain() throws IOException {
        Path units = write(HEADER, "G1,凉州区人民政府,government,,,", "T1,四坝镇,township,,,");
        YearRun first = prepare(units, "凉州区");

        YearRun otherDistrict = prepare(units, "民勤县");
        write(HEADER, "G1,凉州区人民政府,government,,,", "T1,四坝镇,township,,,", "T2,金羊镇,township,,,");
        YearRun changed = prepare(units, "民勤县");

        assertThat(otherDistrict.register()).isNotSameAs(first.register());
        assertThat(changed.register().units()).extracting(unit -> unit.name()).containsExactly("凉州区人民政府", "四坝镇", "金羊镇");
        assertThat(changed.register().sha256()).isNotEqualTo(first.register().sha256());
    }

    private YearRun prepare(Path units, String district) {
        return runs.prepare(2024, folder, folder.resolve("output"), units, district);
    }

    private Path write(String... lines) throws IOException {
        return Files.write(folder.resolve("units.csv"), List.of(lines));
    }
}
