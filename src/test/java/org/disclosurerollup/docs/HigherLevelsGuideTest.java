package org.disclosurerollup.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The guide for cities and provinces names files a reader can open: every path it names is in the repository. */
class HigherLevelsGuideTest {

    private static final Path GUIDE = Path.of("docs/higher-levels.md");
    /** A path of the repository in code marks: {@code `demo/武威市/units.csv`}. */
    private static final Pattern REPOSITORY_PATH = Pattern.compile("`((?:src|demo|input|docs|bin)/[^`]+)`");

    @Test
    void everyRepositoryPathItNamesExists() throws IOException {
        Matcher paths = REPOSITORY_PATH.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        List<String> named = paths.results().map(match -> match.group(1)).toList();

        assertThat(named).contains("demo/武威市/units.csv", "demo/民勤县", "src/main/resources/domain/area-levels.csv");
        assertThat(named).allSatisfy(path -> assertThat(Path.of(path)).exists());
    }

    @Test
    void itsRegisterExampleIsTheShippedDemoRegister() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String example = guide.substring(guide.indexOf("```\ncode,name,type") + 4);
        example = example.substring(0, example.indexOf("```"));

        assertThat(example).isEqualTo(Files.readString(Path.of("demo/武威市/units.csv"), StandardCharsets.UTF_8));
    }
}
