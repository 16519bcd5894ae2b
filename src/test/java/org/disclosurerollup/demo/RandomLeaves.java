package org.disclosurerollup.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.function.Supplier;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.CellType;

/** Draws one cell's value the way a township or department fills it in: many zeros, small counts, amounts in cents. */
final class RandomLeaves {

    /** 行政许可·处理决定数量: the one count that passes ten million in a city. */
    private static final String LARGE_CITY_COUNT = "P03@N";
    private static final String PUBLISHED_ITEMS_UNIT = "条";
    private static final String DECISIONS_COLUMN = "N";
    private static final int AMOUNT_SCALE = 2;

    private final Random random;
    private final Scale scale;

    RandomLeaves(Random random, Scale scale) {
        this.random = random;
        this.scale = scale;
    }

    /**
     * @param partsInLargestSum how many parts the largest total this cell belongs to has (0 when it is no part):
     *                          the more siblings, the rarer a non-zero value, so the total stays small
     */
    BigDecimal draw(CatalogCell cell, int partsInLargestSum) {
        if (cell.isAmount()) {
            return zeroOr(0.5, () -> amountBetween(new BigDecimal("0.01"), new BigDecimal(scale.maxAmount())));
        }
        if (cell.type() == CellType.SIGNED) {
            return zeroOr(0.5, () -> count((random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(5))));
        }
        if (scale == Scale.CITY && cell.code().equals(LARGE_CITY_COUNT)) {
            return BigDecimal.valueOf(10_000_001L + random.nextInt(5_000_000));
        }
        if (PUBLISHED_ITEMS_UNIT.equals(cell.unit())) {
            return zeroOr(0.15, () -> count(1 + random.nextInt(400)));
        }
        if (DECISIONS_COLUMN.equals(cell.colCode())) {
            return zeroOr(0.2, () -> count(1 + random.nextInt(300)));
        }
        double nonZero = partsInLargestSum == 0 ? 0.35 : Math.max(0.03, Math.min(0.35, 0.5 / partsInLargestSum));
        return zeroOr(1 - nonZero, () -> count(1 + (int) Math.min(30, -2 * Math.log(1 - random.nextDouble()))));
    }

    /** A value of the cell's kind between {@code low} and {@code high} inclusive ({@code low} raised to 0 when below). */
    BigDecimal between(CatalogCell cell, BigDecimal low, BigDecimal high) {
        BigDecimal from = low.max(BigDecimal.ZERO);
        if (high.compareTo(from) <= 0) {
            return high.max(BigDecimal.ZERO);
        }
        return cell.isAmount() ? amountBetween(from, high)
                : BigDecimal.valueOf(from.longValue() + random.nextLong(high.longValue() - from.longValue() + 1));
    }

    private BigDecimal zeroOr(double zeroChance, Supplier<BigDecimal> nonZero) {
        return random.nextDouble() < zeroChance ? BigDecimal.ZERO : nonZero.get();
    }

    private BigDecimal count(long base) {
        int factor = scale.minCountFactor() + random.nextInt(scale.maxCountFactor() - scale.minCountFactor() + 1);
        return BigDecimal.valueOf(base * factor);
    }

    private BigDecimal amountBetween(BigDecimal low, BigDecimal high) {
        long lowCents = low.movePointRight(AMOUNT_SCALE).setScale(0, RoundingMode.CEILING).longValueExact();
        long highCents = high.movePointRight(AMOUNT_SCALE).setScale(0, RoundingMode.FLOOR).longValueExact();
        return BigDecimal.valueOf(lowCents + random.nextLong(highCents - lowCents + 1), AMOUNT_SCALE);
    }
}
