package org.movecard.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.movecard.ExitCode;

/** The one-line {@code source:line:column: path: problem} form the CLI prints after "error: ". */
class CatalogueErrorTest {
    @Test
    void fullForm() {
        CatalogueError e = new CatalogueError("data/x.json", 42, 18, "/moves/3/steps/1", "step is empty", "write the step");

        assertThat(e.getMessage()).isEqualTo("data/x.json:42:18: moves[3].steps[1]: step is empty");
        assertThat(e.hint()).isEqualTo("write the step");
        assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void unknownPositionAndEmptyPathAreLeftOut() {
        assertThat(CatalogueError.ofFile("x.json", "file not found", "check the path").getMessage())
                .isEqualTo("x.json: file not found");
        assertThat(new CatalogueError("x.json", 7, 0, "", "bad", null).getMessage()).isEqualTo("x.json:7: bad");
        assertThat(new CatalogueError("<bundled>", 1, 1, "", "bad", null).getMessage()).isEqualTo("<bundled>:1:1: bad");
    }

    @Test
    void staysOnOneLine() {
        CatalogueError e = new CatalogueError("x.json", 1, 2, "/title", "first\n  second\r\nthird", "a\nb");

        assertThat(e.getMessage()).isEqualTo("x.json:1:2: title: first second third");
        assertThat(e.problem()).isEqualTo("first second third");
        assertThat(e.hint()).isEqualTo("a b");
    }

    @Test
    void pathInWords() {
        assertThat(CatalogueError.inWords("")).isEmpty();
        assertThat(CatalogueError.inWords("/moves/0/dose/repeat")).isEqualTo("moves[0].dose.repeat");
        assertThat(CatalogueError.inWords("/a~1b/c~0d")).isEqualTo("a/b.c~d");
    }
}
