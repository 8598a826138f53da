package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void controlsAndBidiOverridesAreShownAsEscapes() {
        assertThat(Terminal.escape("a\u001b[2Jb\u0007c\u009bd\u007fe\nf\u202eg\u2066h"))
                .isEqualTo("a\\u001B[2Jb\\u0007c\\u009Bd\\u007Fe\\u000Af\\u202Eg\\u2066h");
    }

    @Test
    void printableTextIsKeptAsItIs() {
        String text = "Zoë Ødegård: “chair-twist” — 20 s, 😀 ok";
        assertThat(Terminal.escape(text)).isSameAs(text);
        assertThat(Terminal.escape(null)).isNull();
    }
}
