package org.disclosurerollup.demo;

/** How big the generated figures are: a township or department, or a whole city (counts beyond ten million). */
public enum Scale {
    SMALL(1, 1, "20.00"),
    CITY(20, 200, "2000.00");

    private final int minCountFactor;
    private final int maxCountFactor;
    private final String maxAmount;

    Scale(int minCountFactor, int maxCountFactor, String maxAmount) {
        this.minCountFactor = minCountFactor;
        this.maxCountFactor = maxCountFactor;
        this.maxAmount = maxAmount;
    }

    int minCountFactor() {
        return minCountFactor;
    }

    int maxCountFactor() {
        return maxCountFactor;
    }

    String maxAmount() {
        return maxAmount;
    }
}
