package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are said in the report: plain counts, 万元 with two decimals, and the change on last year. */
final class Wording {

    static final int AMOUNT_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Wording() {
    }

    /** A figure as the tables show it: 万元 rounded once, half-up, to two places; counts as they are. */
    static BigDecimal shown(BigDecimal value, boolean amount) {
        return amount ? value.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP) : value;
    }

    /** {@code 90}, {@code -3} for counts; {@code 1.28}, {@code 0.00} for amounts. */
    static String number(BigDecimal value, boolean amount) {
        if (amount) {
            return shown(value, true).toPlainString();
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** {@code 123件}, {@code 12.50万元}. */
    static String quantity(BigDecimal value, boolean amount, String unit) {
        return number(value, amount) + unit;
    }

    /** A figure against last year's, both as shown. */
    record Change(BigDecimal now, BigDecimal last, boolean amount, String unit) {

        /** {@code ，较上年增加23件（增长23.0%）}, {@code ，与上年持平}, {@code ，较上年增加5件（上年为0）}. */
        String clause() {
            if (same()) {
                return "，与上年持平";
            }
            return "，" + difference() + "（" + relative() + "）";
        }

        /** {@code （较上年增加23件，增长23.0%）}, {@code （与上年持平）}, {@code （较上年增加5件，上年为0）}. */
        String bracketed() {
            if (same()) {
                return "（与上年持平）";
            }
            return "（" + difference() + "，" + relative() + "）";
        }

        private boolean same() {
            return now.compareTo(last) == 0;
        }

        private String difference() {
            BigDecimal change = now.subtract(last);
            return (change.signum() > 0 ? "较上年增加" : "较上年减少") + quantity(change.abs(), amount, unit);
        }

        /** {@code 增长23.0%}, {@code 下降12.5%}; {@code 上年为0} when there is no base for a percentage. */
        private String relative() {
            if (last.signum() == 0) {
                return "上年为0";
            }
            BigDecimal percent = now.subtract(last).multiply(HUNDRED).divide(last.abs(), 1, RoundingMode.HALF_UP);
            return (percent.signum() >= 0 ? "增长" : "下降") + percent.abs().toPlainString() + "%";
        }
    }
}
