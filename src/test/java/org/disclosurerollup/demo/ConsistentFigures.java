package org.disclosurerollup.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.LinearSum;
import org.disclosurerollup.catalog.Rule;
import org.disclosurerollup.catalog.Severity;
import org.disclosurerollup.catalog.Template;

/**
 * Random figures for every value cell of a template that pass every {@code error} rule (and, where a cheap repair
 * exists, the {@code warn} rules too). Random leaves first; then, until nothing changes: totals derived from the
 * rules that define them, identities solved for their first free cell ({@code A01 = A03_7 + A04 - A02}),
 * {@code <=} rules repaired by lowering a single free cell (其中 ≤ parent) or raising the other side.
 */
public final class ConsistentFigures {

    private static final int MAX_ROUNDS = 50;

    private final Template template;
    private final Random random;
    private final RandomLeaves leaves;
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    /** A total code and the first {@code error} rule that defines it as the sum of its parts. */
    private final Map<String, Rule> definitions = new HashMap<>();

    private ConsistentFigures(Template template, Random random, Scale scale) {
        this.template = template;
        this.random = random;
        this.leaves = new RandomLeaves(random, scale);
        template.rules().forEach(rule -> rule.definedTotal().ifPresent(total -> definitions.putIfAbsent(total, rule)));
    }

    /** Values keyed by code, in printed order; the map is the caller's to change. */
    public static Map<String, BigDecimal> generate(Template template, Random random, Scale scale) {
        return new ConsistentFigures(template, random, scale).solve();
    }

    private Map<String, BigDecimal> solve() {
        Map<String, Integer> partsInLargestSum = partsInLargestSum();
        for (CatalogCell cell : template.valueCells()) {
            values.put(cell.code(), leaves.draw(cell, partsInLargestSum.getOrDefault(cell.code(), 0)));
        }
        boolean repaired = true;
        for (int round = 0; repaired && round < MAX_ROUNDS; round++) {
            repaired = repairRound();
        }
        List<String> broken = template.rules().stream()
                .filter(rule -> rule.severity() == Severity.ERROR && !holds(rule)).map(Rule::id).toList();
        if (!broken.isEmpty()) {
            throw new IllegalStateException(template.id() + " 生成的数字未能满足规则 " + broken);
        }
        return new LinkedHashMap<>(values);
    }

    private Map<String, Integer> partsInLargestSum() {
        Map<String, Integer> parts = new HashMap<>();
        for (Rule rule : definitions.values()) {
            List<String> codes = rule.right().codes();
            codes.forEach(code -> parts.merge(code, codes.size(), Math::max));
        }
        return parts;
    }

    private boolean repairRound() {
        deriveTotals();
        boolean repaired = false;
        for (Rule rule : template.rules()) {
            if (!holds(rule) && repair(rule)) {
                repaired = true;
                deriveTotals();
            }
        }
        return repaired;
    }

    private void deriveTotals() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Rule> definition : definitions.entrySet()) {
                BigDecimal sum = definition.getValue().right().evaluate(this::value);
                if (sum.compareTo(value(definition.getKey())) != 0) {
                    values.put(definition.getKey(), sum);
                    changed = true;
                }
            }
        }
    }

    private boolean repair(Rule rule) {
        if (rule.definedTotal().isPresent()) {
            return false;
        }
        return switch (rule.comparison()) {
            case EQUAL -> balance(rule.left(), rule.right());
            case AT_MOST -> keepAtMost(rule.left(), rule.right());
            case AT_LEAST -> keepAtMost(rule.right(), rule.left());
        };
    }

    private boolean balance(LinearSum left, LinearSum right) {
        Optional<String> free = firstFree(left);
        if (free.isPresent()) {
            return solveFor(free.get(), left, right);
        }
        free = firstFree(right);
        if (free.isPresent()) {
            return solveFor(free.get(), right, left);
        }
        BigDecimal difference = left.evaluate(this::value).subtract(right.evaluate(this::value));
        return difference.signum() > 0 ? increase(right, difference) : increase(left, difference.negate());
    }

    /** Sets {@code unknown} so that {@code side = other}, first lowering the side's other free cells when they exceed it. */
    private boolean solveFor(String unknown, LinearSum side, LinearSum other) {
        List<String> otherFree = side.codes().stream().distinct().filter(this::isFree).filter(c -> !c.equals(unknown)).toList();
        BigDecimal fixed = side.evaluate(this::value).subtract(value(unknown)).subtract(sum(otherFree));
        BigDecimal target = other.evaluate(this::value);
        if (fixed.compareTo(target) > 0) {
            increase(other, fixed.subtract(target));
            deriveTotals();
            target = other.evaluate(this::value);
        }
        BigDecimal budget = target.subtract(fixed);
        for (String code : otherFree) {
            if (value(code).compareTo(budget) > 0) {
                values.put(code, leaves.between(cell(code), BigDecimal.ZERO, budget));
            }
            budget = budget.subtract(value(code));
        }
        values.put(unknown, budget);
        return true;
    }

    /** Repairs {@code small <= large}: lowers a lone free cell into [large/2, large], else raises or lowers a side. */
    private boolean keepAtMost(LinearSum small, LinearSum large) {
        BigDecimal bound = large.evaluate(this::value);
        BigDecimal excess = small.evaluate(this::value).subtract(bound);
        Optional<String> lone = small.singleCode().filter(this::isFree);
        if (lone.isPresent() && bound.signum() >= 0) {
            BigDecimal half = bound.divide(BigDecimal.valueOf(2)).setScale(0, RoundingMode.CEILING);
            values.put(lone.get(), leaves.between(cell(lone.get()), half, bound));
            return true;
        }
        if (!large.codes().isEmpty()) {
            return increase(large, excess);
        }
        return decrease(small, excess);
    }

    /** Adds {@code amount} to a random cell of the side, going down through totals to one of their parts. */
    private boolean increase(LinearSum side, BigDecimal amount) {
        List<String> codes = side.codes();
        if (codes.isEmpty()) {
            return false;
        }
        String code = codes.get(random.nextInt(codes.size()));
        if (!isFree(code)) {
            return increase(definitions.get(code).right(), amount);
        }
        values.put(code, value(code).add(amount));
        return true;
    }

    /** Takes up to {@code amount} off the side's cells in printed order, never below zero. */
    private boolean decrease(LinearSum side, BigDecimal amount) {
        BigDecimal remaining = amount;
        boolean changed = false;
        for (String code : side.codes()) {
            BigDecimal cut = remaining.min(value(code));
            if (cut.signum() <= 0) {
                continue;
            }
            changed |= isFree(code) ? set(code, value(code).subtract(cut)) : decrease(definitions.get(code).right(), cut);
            remaining = remaining.subtract(cut);
        }
        return changed;
    }

    private boolean set(String code, BigDecimal value) {
        values.put(code, value);
        return true;
    }

    private Optional<String> firstFree(LinearSum side) {
        return side.codes().stream().filter(this::isFree).findFirst();
    }

    private boolean isFree(String code) {
        return !definitions.containsKey(code);
    }

    private boolean holds(Rule rule) {
        return rule.evaluate(this::value).holds();
    }

    private BigDecimal sum(List<String> codes) {
        return codes.stream().map(this::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal value(String code) {
        return values.getOrDefault(code, BigDecimal.ZERO);
    }

    private CatalogCell cell(String code) {
        return template.cell(code).orElseThrow();
    }
}
