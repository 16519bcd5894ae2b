package org.disclosurerollup.catalog;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * An arithmetic rule of a template, one line of {@code rules.csv}.
 *
 * @param appliesTo {@code all} or a unit type id ({@code government}, {@code department}, {@code township})
 */
public record Rule(String template, String id, Severity severity, String appliesTo,
                   LinearSum left, Comparison comparison, LinearSum right, String message) {

    public static final String ALL_UNITS = "all";

    public boolean appliesTo(String unitType) {
        return ALL_UNITS.equals(appliesTo) || appliesTo.equals(unitType);
    }

    public Outcome evaluate(Function<String, BigDecimal> valueOf) {
        BigDecimal l = left.evaluate(valueOf);
        BigDecimal r = right.evaluate(valueOf);
        return new Outcome(this, l, r, comparison.holds(l, r));
    }

    /**
     * The total this rule defines, when it reads {@code TOTAL = PART + PART …} with severity error:
     * such a total may be left blank and is then derived from its parts.
     */
    public Optional<String> definedTotal() {
        if (severity != Severity.ERROR || comparison != Comparison.EQUAL || right.codes().size() < 2) {
            return Optional.empty();
        }
        return left.singleCode();
    }

    public String expression() {
        return left.terms().stream().map(Object::toString).reduce((a, b) -> a + " + " + b).orElse("")
                + " " + comparison.symbol() + " "
                + right.terms().stream().map(Object::toString).reduce((a, b) -> a + " + " + b).orElse("");
    }

    /** The result of evaluating a rule on one set of values. */
    public record Outcome(Rule rule, BigDecimal left, BigDecimal right, boolean holds) {
        public BigDecimal difference() {
            return left.subtract(right);
        }
    }
}
