package org.disclosurerollup.catalog;

import java.util.List;

/** What an indicator name (and column name) of a long-layout row stands for in a template. */
public sealed interface IndicatorMatch {

    /** Exactly one cell fits. */
    record Found(String code) implements IndicatorMatch {
    }

    /** Several cells fit, in printed order: the row needs a code or a longer name. */
    record Ambiguous(List<String> codes) implements IndicatorMatch {
        public Ambiguous {
            codes = List.copyOf(codes);
        }
    }

    /** No value cell has this name. */
    record NotFound() implements IndicatorMatch {
    }
}
