package org.balise.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(SearchText.normalise("Ségou")).isEqualTo("segou");
        assertThat(SearchText.normalise("  BANGASSI-DOUDOU ")).isEqualTo("bangassi doudou");
        assertThat(SearchText.normalise("Ménaka, Tin-Essako")).isEqualTo("menaka tin essako");
        assertThat(SearchText.normalise("Œuvre")).isEqualTo("ouvre");
        assertThat(SearchText.normalise(null)).isEmpty();
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(SearchText.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }
}
