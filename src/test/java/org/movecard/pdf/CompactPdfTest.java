package org.movecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.movecard.layout.PageFormat;
import org.movecard.selection.Criteria;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;

/** Files stay small: object streams, fonts embedded without hinting, same outlines and widths. */
class CompactPdfTest {
    /**
     * The bundled handout was 96 KB before object streams and unhinted fonts; 58 KB after; 72 KB
     * once its figures showed the movement in two or three poses, each with white outlines cut to
     * the ink they part.
     */
    private static final int HANDOUT_BUDGET = 76 * 1024;

    @Test
    void theHandoutUsesObjectStreamsAndStaysWithinItsBudget() throws Exception {
        byte[] pdf = HandoutTest.render(Catalogues.bundled(), Criteria.ALL, PageFormat.A4);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/Type/XRef").contains("/Type/ObjStm").doesNotContain("\nxref\n");
        assertThat(pdf.length).as("bundled handout bytes").isLessThanOrEqualTo(HANDOUT_BUDGET);
        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            var font = (PDType0Font) doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).matches("MCARD[A-Z]\\+NotoSans-(Regular|Bold)");
            try (TrueTypeFont embedded = new TTFParser(true).parseEmbedded(
                    font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream())) {
                assertThat(embedded.getTableMap()).doesNotContainKeys("fpgm", "prep", "cvt ");
            }
        }
    }

    @Test
    void unhintedFontsKeepEveryOutlineAndWidth() throws IOException {
        byte[] original = Files.readAllBytes(Path.of("fonts/NotoSans-Regular.ttf"));
        byte[] stripped = Unhinted.of(original);
        assertThat(stripped.length).isLessThan(original.length * 3 / 4);
        assertThat(Unhinted.of(stripped)).as("a font without hints is left as it is").isSameAs(stripped);
        byte[] bundled;
        try (InputStream in = Fonts.class.getResourceAsStream("/org/movecard/fonts/NotoSans-Regular.ttf")) {
            bundled = in.readAllBytes();
        }
        assertThat(bundled).as("the build strips the bundled fonts").isEqualTo(stripped);
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
             TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            assertThat(after.getTableMap()).doesNotContainKeys("fpgm", "prep", "cvt ", "DSIG");
            int composites = 0;
            for (int gid = 0; gid < before.getNumberOfGlyphs(); gid++) {
                GlyphData a = before.getGlyph().getGlyph(gid);
                GlyphData b = after.getGlyph().getGlyph(gid);
                assertThat(after.getAdvanceWidth(gid)).isEqualTo(before.getAdvanceWidth(gid));
                if (a == null) {
                    assertThat(b).as("glyph %d", gid).isNull();
                    continue;
                }
                composites += a.getDescription().isComposite() ? 1 : 0;
                assertThat(outline(b.getPath())).as("glyph %d", gid).isEqualTo(outline(a.getPath()));
                assertThat(List.of(b.getXMinimum(), b.getYMinimum(), b.getXMaximum(), b.getYMaximum()))
                        .isEqualTo(List.of(a.getXMinimum(), a.getYMinimum(), a.getXMaximum(), a.getYMaximum()));
            }
            assertThat(composites).as("composite glyphs checked too").isPositive();
        }
    }

    /** Every segment of a path with its coordinates, comparable as a list. */
    private static List<String> outline(Shape path) {
        List<String> segments = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            segments.add(type + ":" + Arrays.toString(c));
        }
        return segments;
    }

    @Test
    void somethingThatIsNotTrueTypeIsLeftAlone() {
        byte[] notAFont = "not a font at all, just text".getBytes(StandardCharsets.US_ASCII);
        assertThat(Unhinted.of(notAFont)).isSameAs(notAFont);
    }
}
