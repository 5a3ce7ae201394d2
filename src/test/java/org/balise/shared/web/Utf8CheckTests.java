package org.balise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8CheckTests {

    @Test
    void acceptsWellFormedTextEvenWhenSplitAcrossReads() {
        byte[] text = "Ségou – Tombouctou ⵜⵉⵏⴱⵓⴽⵜⵓ 💣".getBytes(StandardCharsets.UTF_8);
        ApiBodyGuard.Utf8Check check = new ApiBodyGuard.Utf8Check();
        for (byte b : text) {
            assertThat(check.accept(new byte[] {b}, 0, 1)).isTrue();
        }
        assertThat(check.complete()).isTrue();
    }

    /** Overlong "/" and ".", a lone continuation byte, a surrogate, beyond U+10FFFF, bytes never used. */
    @ParameterizedTest
    @ValueSource(strings = {"c0af", "c0ae", "e080af", "f08080af", "80", "eda080", "f4908080", "ff", "fe", "c1bf"})
    void refusesMalformedSequences(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(new ApiBodyGuard.Utf8Check().accept(bytes, 0, bytes.length)).isFalse();
    }

    @Test
    void refusesASequenceCutShortAtTheEnd() {
        byte[] bytes = HexFormat.of().parseHex("636166c3");
        ApiBodyGuard.Utf8Check check = new ApiBodyGuard.Utf8Check();
        assertThat(check.accept(bytes, 0, bytes.length)).isTrue();
        assertThat(check.complete()).isFalse();
    }
}
