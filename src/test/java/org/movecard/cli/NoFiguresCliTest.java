package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;

/** {@code movecard handout --no-figures}: the same text, without pictures, on fewer pages. */
class NoFiguresCliTest {
    @TempDir
    Path dir;

    @Test
    void noFiguresGivesTheSameStepsOnFewerPages() throws Exception {
        Path with = dir.resolve("with.pdf");
        Path without = dir.resolve("without.pdf");
        CliTest.Run a = CliTest.run("handout", "-o", with.toString());
        CliTest.Run b = CliTest.run("handout", "--no-figures", "-o", without.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        byte[] withPdf = Files.readAllBytes(with);
        byte[] withoutPdf = Files.readAllBytes(without);
        String withText = Pdfs.text(withPdf);
        String withoutText = Pdfs.text(withoutPdf);
        for (var move : Catalogues.bundled().moves()) {
            for (String step : move.steps()) {
                assertThat(withText).contains(Pdfs.flat(step));
                assertThat(withoutText).contains(Pdfs.flat(step));
            }
        }
        assertThat(Pdfs.pageTexts(withoutPdf).size()).isLessThanOrEqualTo(Pdfs.pageTexts(withPdf).size());
        assertThat(withoutPdf.length).isLessThan(withPdf.length);
    }

    @Test
    void helpMentionsTheOption() {
        assertThat(CliTest.run("handout", "--help").out()).contains("--no-figures");
    }
}
