package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hidden generate-completion command prints a bash/zsh script that knows every command and option. */
class CompletionTest {
    @Test
    void theScriptKnowsCommandsAndOptions() {
        CliTest.Run run = CliTest.run("generate-completion");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_movecard")
                .contains("handout").contains("sheets").contains("--setting").contains("--clinic")
                .contains("--duplex").contains("--json");
    }

    @Test
    void helpDoesNotListIt() {
        assertThat(CliTest.run("--help").out()).contains("handout").doesNotContain("generate-completion");
    }
}
