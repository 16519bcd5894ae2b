package org.disclosurerollup.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One side of a rule: cell codes and numbers joined by {@code +}. */
public record LinearSum(List<Term> terms) {

    public LinearSum {
        terms = List.copyOf(terms);
    }

    /** A cell code or a constant. */
    public record Term(String code, BigDecimal constant) {
        public boolean isCell() {
            return code != null;
        }

        @Override
        public String toString() {
            return isCell() ? code : constant.toPlainString();
        }
    }

    public BigDecimal evaluate(Function<String, BigDecimal> valueOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term term : terms) {
            sum = sum.add(term.isCell() ? valueOf.apply(term.code()) : term.constant());
        }
        return sum;
    }

    public List<String> codes() {
        return terms.stream().filter(Term::isCell).map(Term::code).toList();
    }

    /** The code when this side is exactly one cell, as the total side of a defining rule is. */
    public Optional<String> singleCode() {
        return terms.size() == 1 && terms.get(0).isCell() ? Optional.of(terms.get(0).code()) : Optional.empty();
    }
}
