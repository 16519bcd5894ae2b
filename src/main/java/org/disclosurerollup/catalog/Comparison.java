package org.disclosurerollup.catalog;

import java.math.BigDecimal;

/** The operator of a rule expression. */
public enum Comparison {
    EQUAL("="), AT_MOST("<="), AT_LEAST(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal left, BigDecimal right) {
        int order = left.compareTo(right);
        return switch (this) {
            case EQUAL -> order == 0;
            case AT_MOST -> order <= 0;
            case AT_LEAST -> order >= 0;
        };
    }
}
