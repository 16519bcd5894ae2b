package org.disclosurerollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "四坝镇_2024.csv              | 四坝镇_2024.csv",
        "../../四坝镇_2024.csv        | 四坝镇_2024.csv",
        "..\\..\\四坝镇_2024.XLSX     | 四坝镇_2024.xlsx",
        "/etc/passwd.csv              | passwd.csv",
        "a:b*c?.xls                   | a_b_c_.xls",
        ".hidden.csv                  | hidden.csv",
        "~$四坝镇.xlsx                | 四坝镇.xlsx",
        "..                           | NULL",
        "..csv                        | NULL",
        "四坝镇_2024.pdf              | NULL",
        "四坝镇_2024                  | NULL",
        "/                            | NULL",
    })
    void safeNames(String original, String stored) {
        assertThat(UploadNames.safeName(original).stored()).isEqualTo(stored);
    }

    @org.junit.jupiter.api.Test
    void controlAndFormatCharactersAreDropped() {
        assertThat(UploadNames.safeName("四坝\u0000镇\u202E_2024\n.csv").stored()).isEqualTo("四坝镇_2024.csv");
    }

    @org.junit.jupiter.api.Test
    void aLongNameIsCutBetweenCharactersToAtMost100Bytes() {
        String stored = UploadNames.safeName("长".repeat(90) + ".csv").stored();
        assertThat(stored).isEqualTo("长".repeat(32) + ".csv");
        assertThat(stored.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(100);
        assertThat(UploadNames.safeName("a".repeat(200) + "长.XLSX").stored()).isEqualTo("a".repeat(95) + ".xlsx");
    }
}
