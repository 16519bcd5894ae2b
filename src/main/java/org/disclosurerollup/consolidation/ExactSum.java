package org.disclosurerollup.consolidation;

import java.math.BigDecimal;

/** Adds figures in millionths exactly: in a {@code long} while it holds, in a {@link BigDecimal} beyond. */
final class ExactSum {

    private static final int SCALE = 6;

    private long sum;
    private BigDecimal overflow = BigDecimal.ZERO;

    void add(long millionths) {
        long result = sum + millionths;
        if (((sum ^ result) & (millionths ^ result)) < 0) {
            overflow = overflow.add(BigDecimal.valueOf(sum, SCALE));
            result = millionths;
        }
        sum = result;
    }

    BigDecimal value() {
        return overflow.add(BigDecimal.valueOf(sum, SCALE));
    }
}
