package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A misspelt command, option or move id gets the nearest one as a suggestion. */
class SuggestionsTest {
    @Test
    void misspeltCommand() {
        CliTest.Run run = CliTest.run("handot");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("error: unknown command 'handot'",
                "hint: did you mean \"handout\"? (see 'movecard --help')");
    }

    @Test
    void misspeltCommandWhenNoCommandModelWasBuilt() {
        CommandLine cl = Main.commandLine("");
        assertThat(cl.getSubcommands()).isEmpty();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("chek", "--catalogue", "x.json")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command 'chek'").contains("did you mean \"check\"?");
    }

    @Test
    void farFromAnyCommandListsThemAll() {
        CliTest.Run run = CliTest.run("xyzzy");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the commands are: handout, card, sheet, sheets, figures, preview, list, check");
    }

    @Test
    void misspeltOptionIsOneErrorNotTwo() {
        CliTest.Run run = CliTest.run("handout", "--setings", "chair");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("error: unknown option '--setings'",
                "hint: did you mean \"--setting\"? (see 'movecard handout --help')");
    }

    @Test
    void misspeltOptionWithItsValueAttached() {
        CliTest.Run run = CliTest.run("card", "--formt=a7");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option '--formt'").contains("did you mean \"--format\"?")
                .doesNotContain("a7");
    }

    @Test
    void misspeltMoveIdSuggestsTheNearOneOnly() {
        CliTest.Run run = CliTest.run("handout", "--moves", "chair-twst");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown move \"chair-twst\"").contains("did you mean \"chair-twist\"?")
                .doesNotContain("palms-arch");
    }

    @Test
    void misspeltMoveOnASheet() {
        CliTest.Run run = CliTest.run("sheet", "--clinic", "data/examples/clinic.json", "--patient", "Alex Smith",
                "--move", "chair-twst: hold 20s", "-o", "target/never.pdf");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean \"chair-twist\"?").doesNotContain("Alex");
    }

    @Test
    void aPatientNameSplitByTheShellIsStillHidden() {
        CliTest.Run run = CliTest.run("sheet", "--clinic", "data/examples/clinic.json", "--patient", "Alex", "Smith",
                "--move", "chair-twist");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Smith");
    }
}
