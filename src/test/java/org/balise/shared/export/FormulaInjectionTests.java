package org.balise.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaInjectionTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"clic\")", "+223 76 00 00 00", "-3.5", "@SUM(A1)", "\t=1+2",
            "\r=1+2"})
    void prefixesTextThatASpreadsheetWouldTakeForAFormula(String text) {
        assertThat(FormulaInjection.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ségou", "ZD-2024-001", " =1+2", "'déjà cité", "#loc+name", "3.5"})
    void leavesOtherTextAsItIs(String text) {
        assertThat(FormulaInjection.neutralise(text)).isEqualTo(text);
    }
}
