package org.disclosurerollup.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactSumTest {

    @Test
    void addsMillionthsExactly() {
        ExactSum sum = new ExactSum();
        sum.add(1_275_000);
        sum.add(5);
        sum.add(-275_000);

        assertThat(sum.value()).isEqualByComparingTo("1.000005");
    }

    @Test
    void goesOnExactlyPastWhatALongHolds() {
        ExactSum sum = new ExactSum();
        sum.add(Long.MAX_VALUE);
        sum.add(Long.MAX_VALUE);
        sum.add(Long.MAX_VALUE);
        sum.add(-1);

        assertThat(sum.value()).isEqualByComparingTo("27670116110564.327420");
    }
}
