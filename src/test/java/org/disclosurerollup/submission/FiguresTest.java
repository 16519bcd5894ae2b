package org.disclosurerollup.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.disclosurerollup.catalog.CellLayout;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final CellLayout LAYOUT = CellLayout.parse("A,B,C,D,E,F");

    @Test
    void keepsWhatTheUnitWroteInOneCharacterPerCellAndTheValuesInMillionths() {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        cells.put("A", CellValue.of(new BigDecimal("12")));
        cells.put("B", CellValue.ZERO);
        cells.put("C", CellValue.EMPTY);
        cells.put("D", CellValue.NA);
        cells.put("F", CellValue.of(new BigDecimal("1.275")));

        Figures figures = Figures.of(LAYOUT, cells, Set.of("F"));

        assertThat(figures.kinds()).isEqualTo("VVEA-D");
        assertThat(figures.millionths()).containsExactly(12_000_000L, 0L, 0L, 0L, 0L, 1_275_000L);
        assertThat(figures.storedValues()).containsExactly(12_000_000L, 0L, 0L, 0L, 0L, 1_275_000L);
    }

    @Test
    void readsBackTheSameCellsFromTheDatabase() {
        Map<String, CellValue> cells = Map.of("A", CellValue.of(new BigDecimal("-3")), "B", CellValue.ZERO,
                "C", CellValue.EMPTY, "D", CellValue.NA, "F", CellValue.of(new BigDecimal("0.000001")));
        Figures stored = Figures.of(LAYOUT, cells, Set.of());

        Figures read = Figures.stored(LAYOUT, stored.kinds(), stored.storedValues());

        assertThat(read.cells()).containsExactly(Map.entry("A", CellValue.of(new BigDecimal("-3"))),
                Map.entry("B", CellValue.ZERO), Map.entry("C", CellValue.EMPTY), Map.entry("D", CellValue.NA),
                Map.entry("F", CellValue.of(new BigDecimal("0.000001"))));
        assertThat(read.cell("E")).isEqualTo(CellValue.EMPTY);
        assertThat(read.cell("not in the layout")).isEqualTo(CellValue.EMPTY);
        assertThat(read.cell("A").number()).isEqualByComparingTo("-3");
        assertThat(read.derived(5)).isFalse();
    }

    @Test
    void keepsValuesUpToNineTrillionAndRefusesLarger() {
        BigDecimal largest = new BigDecimal("9223372036854.775807");
        assertThat(Figures.fits(largest)).isTrue();
        assertThat(Figures.fits(largest.negate())).isTrue();
        assertThat(Figures.fits(largest.add(new BigDecimal("0.000001")))).isFalse();

        assertThat(Figures.of(LAYOUT, Map.of("A", CellValue.of(largest)), Set.of()).millionths()[0])
                .isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Figures.of(LAYOUT, Map.of("A", CellValue.of(new BigDecimal("1E13"))), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
