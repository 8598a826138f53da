package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.ExitCode;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;

/** {@code movecard figures}: the contact sheet for people who draw their own figures. */
class FiguresCliTest {
    @TempDir
    Path dir;

    @Test
    void theBundledCatalogueGivesEveryFigureWithItsPosesAndJointsNamed() throws Exception {
        Path out = dir.resolve("figures.pdf");
        CliTest.Run run = CliTest.run("figures", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + out + " (10 figures, 6 pages)");
        byte[] pdf = Files.readAllBytes(out);
        String text = Pdfs.text(pdf);
        for (var move : Catalogues.bundled().moves()) {
            int poses = move.figure().poses().size();
            assertThat(text).contains(Pdfs.flat(move.name()))
                    .contains(move.id() + " · " + (poses == 1 ? "1 pose (a hold)" : poses + " poses, start to end"));
            // Every joint of the first pose is named with its numbers, as typed in the catalogue.
            move.figure().first().joints().byName().forEach((name, p) ->
                    assertThat(text).contains(name).contains(p.x() + "," + p.y()));
        }
        // A4 landscape: the poses of a movement side by side, large.
        try (var doc = Pdfs.load(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
        }
    }

    @Test
    void aCatalogueWithoutFiguresIsOneLineAndItsOwnExitCode() throws Exception {
        Path out = dir.resolve("none.pdf");
        CliTest.Run run = CliTest.run("figures", "-c", "src/test/resources/catalogues/long-steps.json", "-o",
                out.toString());
        assertThat(run.code()).isEqualTo(ExitCode.NOTHING_TO_DRAW.code()).isEqualTo(6);
        assertThat(run.err()).startsWith("error: src/test/resources/catalogues/long-steps.json: no move has a figure")
                .contains("hint: add a \"figure\" to a move").contains("--catalogue").doesNotContain("Exception");
        assertThat(run.err().lines().count()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void helpSaysWhatItIsFor() {
        assertThat(CliTest.run("figures", "--help").out()).contains("100 x 100 box").contains("exit code 6");
        assertThat(CliTest.run("--help").out()).contains("figures").contains("6 nothing to draw");
    }
}
