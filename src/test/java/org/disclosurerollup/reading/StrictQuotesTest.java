package org.disclosurerollup.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictQuotesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "a,b,5            | true",
        "a,\"b            | false",
        "a, \"b           | false",
        "a,b\"c,5         | true",
        "a,\"b\"\"c       | false",
        "a,\"b\"\"c\",5   | true",
        "a,\"b\" \"c,5    | true",
        "a;\"b            | false",
    })
    void aQuoteOpensACellOnlyAtItsStart(String line, boolean ends) {
        assertThat(new StrictQuotes(line.contains(";") ? ';' : ',').endsRecord(line)).isEqualTo(ends);
    }

    @Test
    void aQuotedCellGoesOnUntilItsClosingQuote() {
        StrictQuotes quotes = new StrictQuotes(',');

        assertThat(quotes.endsRecord("a,\"b")).isFalse();
        assertThat(quotes.endsRecord("c,d")).isFalse();
        assertThat(quotes.endsRecord("e\",\"f\"")).isTrue();
    }
}
