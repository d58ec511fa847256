package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationKeyTest {

    @Test
    void normalizeLowercasesDropsPunctuationAndFoldsSpacesAndDashes() {
        assertThat(QuotationKey.normalize("  We will NOT back-down,   \u201cever\u201d! ")).isEqualTo("we will not back down ever");
        assertThat(QuotationKey.normalize("Don\u2019t stop: the U.S. remains committed to de-escalation."))
                .isEqualTo("dont stop the us remains committed to de escalation");
        assertThat(QuotationKey.normalize("...")).isEmpty();
    }

    @Test
    void idsAreStableAndDifferByKey() {
        assertThat(QuotationKey.idFor("de escalation")).isEqualTo("Q8ca9f288b8547257")
                .isEqualTo(QuotationKey.idFor("de escalation")).isNotEqualTo(QuotationKey.idFor("escalation"));
    }
}
