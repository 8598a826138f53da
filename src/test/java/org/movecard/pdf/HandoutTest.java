package org.movecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.catalogue.Move;
import org.movecard.document.Handout;
import org.movecard.document.Handouts;
import org.movecard.layout.Frame;
import org.movecard.layout.Page;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.layout.Style;
import org.movecard.selection.Criteria;
import org.movecard.selection.Routine;
import org.movecard.selection.Selector;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;
import org.movecard.support.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class HandoutTest {
    private static final Typesetter TYPESETTER = new Typesetter();
    private static byte[] bundledA4;

    @BeforeAll
    static void render() {
        bundledA4 = render(Catalogues.bundled(), Criteria.ALL, PageFormat.A4);
    }

    static byte[] render(Catalogue catalogue, Criteria criteria, PageFormat format) {
        Handout handout = Handouts.build(Selector.select(catalogue, criteria), null);
        return TYPESETTER.handout(handout, format, new PdfMeta(handout.title().text(), null, "en", null)).bytes();
    }

    @Test
    void everyStepIsThereNumberedAndInOrder() {
        String text = Pdfs.text(bundledA4);
        Routine routine = Selector.select(Catalogues.bundled(), Criteria.ALL);
        int from = 0;
        for (Move move : routine.moves()) {
            int heading = text.indexOf(move.name(), from);
            assertThat(heading).as("heading of %s after offset %d", move.id(), from).isGreaterThanOrEqualTo(from);
            from = heading;
            for (int i = 0; i < move.steps().size(); i++) {
                String numbered = (i + 1) + ". " + Pdfs.flat(move.steps().get(i));
                int at = text.indexOf(numbered, from);
                assertThat(at).as("%s step %d in order", move.id(), i + 1).isGreaterThan(from);
                from = at;
            }
            if (move.feel() != null) {
                assertThat(text.indexOf(move.feel(), heading)).as("feel note of %s", move.id()).isPositive();
            }
        }
    }

    @Test
    void safetyBoxComesFirstWithEveryPointAndLaterPagesRemindOfIt() {
        Catalogue catalogue = Catalogues.bundled();
        List<String> pages = Pdfs.pageTexts(bundledA4);
        String first = pages.get(0);
        assertThat(first).contains("SAFETY").contains(catalogue.safety().title());
        for (String point : catalogue.safety().points()) {
            assertThat(first).contains(Pdfs.flat(point));
        }
        assertThat(first.indexOf("SAFETY")).isLessThan(first.indexOf(catalogue.moves().get(0).name()) < 0
                ? Integer.MAX_VALUE : first.indexOf(catalogue.moves().get(0).name()));
        for (int i = 1; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains(catalogue.safety().title())
                    .contains("Full safety notes on page 1");
        }
    }

    @Test
    void everyPageSaysPageNofM() {
        List<String> pages = Pdfs.pageTexts(bundledA4);
        assertThat(pages.size()).isGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void movesFlowInTwoColumnsEachWholeInItsColumnAndOneColumnOnRequest() {
        Handout handout = Handouts.build(Selector.select(Catalogues.bundled(), Criteria.ALL), null);
        List<Page> two = TYPESETTER.layout(handout, PageFormat.A4, RenderOptions.DEFAULT);
        List<Page> one = TYPESETTER.layout(handout, PageFormat.A4, new RenderOptions(true, false, true));
        assertThat(two.size()).isLessThan(one.size());
        int headings = 0;
        for (Page page : two) {
            List<Page.Placed> frames = page.frames();
            for (int i = 0; i < frames.size(); i++) {
                if (frames.get(i).frame().role() != Frame.Role.HEADING) {
                    continue;
                }
                headings++;
                // A move's frames stay in its heading's column until the next heading.
                float x = frames.get(i).x();
                for (int j = i + 1; j < frames.size() && frames.get(j).frame().role() != Frame.Role.HEADING; j++) {
                    if (frames.get(j).frame().role() == Frame.Role.ARTIFACT) {
                        break; // a move taller than a column goes on, marked as continued
                    }
                    assertThat(frames.get(j).x()).as("frame %d after a heading", j).isEqualTo(x);
                }
            }
        }
        assertThat(headings).isEqualTo(handout.moves().size());
        // Full-width title and safety box, then two columns: moves start at two left edges, one per half.
        List<Float> lefts = two.stream().flatMap(p -> p.frames().stream())
                .filter(f -> f.frame().role() == Frame.Role.HEADING).map(Page.Placed::x).distinct().sorted().toList();
        assertThat(lefts).hasSize(2);
        assertThat(lefts.get(1)).isGreaterThan(PageFormat.A4.width() / 2 - 10);
    }

    @Test
    void moveHeadingIsOnTheSamePageAsItsFirstStep() {
        Catalogue catalogue = Catalogues.bundled();
        List<String> pages = Pdfs.pageTexts(bundledA4);
        for (Move move : catalogue.moves()) {
            String firstStep = "1. " + Pdfs.flat(move.steps().get(0));
            boolean together = pages.stream().anyMatch(p -> p.contains(move.name()) && p.contains(firstStep));
            assertThat(together).as("%s heading with its first step", move.id()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a4", "letter"})
    void pageSizeIsExact(String paper) throws Exception {
        PageFormat format = PageFormat.paper(paper);
        byte[] pdf = paper.equals("a4") ? bundledA4 : render(Catalogues.bundled(), Criteria.ALL, format);
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(format.width(), org.assertj.core.data.Offset.offset(0.01f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(format.height(), org.assertj.core.data.Offset.offset(0.01f));
            }
        }
        float expectedW = paper.equals("a4") ? 210 * PageFormat.MM : 8.5f * 72;
        assertThat(format.width()).isCloseTo(expectedW, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        try (PDDocument doc = Pdfs.load(bundledA4)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
            assertThat(names).anyMatch(n -> n.endsWith("NotoSans-Bold") || n.contains("NotoSans-Bold"));
            assertThat(names).anyMatch(n -> n.contains("NotoSans-Regular") || n.contains("NotoSans"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a4", "letter"})
    void everyGlyphIsInsideThePageMargins(String paper) {
        PageFormat format = PageFormat.paper(paper);
        byte[] pdf = render(Catalogues.resource("long-steps.json"), Criteria.ALL, format);
        float margin = 10 * PageFormat.MM;
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        assertThat(glyphs).hasSizeGreaterThan(1000);
        for (Pdfs.Glyph g : glyphs) {
            assertThat(g.x()).as("left of %s", g).isGreaterThanOrEqualTo(margin);
            assertThat(g.x() + g.width()).as("right of %s", g).isLessThanOrEqualTo(format.width() - margin);
            assertThat(g.y()).as("bottom of %s", g).isGreaterThanOrEqualTo(margin);
            assertThat(g.y() + g.height()).as("top of %s", g).isLessThanOrEqualTo(format.height() - margin);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "long-steps.json"})
    void largePrintKeepsEveryGlyphAtSixteenPointsOrMoreAndInsideTheMargins(String name) throws Exception {
        Catalogue catalogue = name.equals("bundled") ? Catalogues.bundled() : Catalogues.resource(name);
        Handout handout = Handouts.build(Selector.select(catalogue, Criteria.ALL), null);
        byte[] pdf = TYPESETTER.handout(handout, PageFormat.A4, new PdfMeta("Large", null, "en", null),
                new RenderOptions(true, true)).bytes();
        float footerBand = Style.LARGE_PRINT.bottomMargin() / 2 + 10;
        float margin = 10 * PageFormat.MM;
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        for (Pdfs.Glyph g : glyphs) {
            if (g.y() > footerBand) {
                assertThat(g.fontSize()).as("size of %s", g).isGreaterThanOrEqualTo(Style.MIN_LARGE_PRINT - 0.01f);
            }
            assertThat(g.y()).as("bottom of %s", g).isGreaterThanOrEqualTo(margin);
            assertThat(g.y() + g.height()).as("top of %s", g).isLessThanOrEqualTo(PageFormat.A4.height() - margin);
            assertThat(g.x() + g.width()).as("right of %s", g).isLessThanOrEqualTo(PageFormat.A4.width() - margin);
        }
        String first = Pdfs.pageTexts(pdf).get(0);
        assertThat(first).as("safety first").contains("SAFETY").doesNotContain(catalogue.intro() == null ? "\u0000"
                : Pdfs.flat(catalogue.intro()).substring(0, 20));
        // Read through the structure tree: running footers and reminders are artifacts there.
        String tagged = Pdfs.flat(String.join(" ", AccessibilityTest.structureText(pdf)));
        for (String point : catalogue.safety().points()) {
            assertThat(tagged).contains(Pdfs.flat(point));
        }
    }

    @Test
    void bodyTextIsAtLeastElevenPoints() {
        // The footer (title and page number) is the only smaller text.
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(bundledA4);
        List<Pdfs.Glyph> small = glyphs.stream().filter(g -> g.fontSize() < Style.MIN_BODY - 0.01f).toList();
        float footerBand = 40f;
        assertThat(small).isNotEmpty().allMatch(g -> g.y() < footerBand);
        assertThat(glyphs.stream().filter(g -> g.y() >= footerBand)).allMatch(g -> g.fontSize() >= Style.MIN_BODY - 0.01f);
    }

    @Test
    void passesPdfA2b() {
        assertThat(VeraPdf.failures(bundledA4, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void passesPdfA2bWithADateAndAnotherCatalogue() {
        Catalogue neck = Catalogues.resource("neck-shoulder.json");
        Handout handout = Handouts.build(Selector.select(neck, Criteria.ALL), "Neck & shoulders – at work");
        byte[] pdf = TYPESETTER.handout(handout, PageFormat.LETTER,
                new PdfMeta(handout.title().text(), neck.title(), neck.language(), Instant.ofEpochSecond(1_700_000_000))).bytes();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void anotherCatalogueWithAccentsDashesAndFractionsWorksUnchanged() {
        Catalogue neck = Catalogues.resource("neck-shoulder.json");
        byte[] pdf = render(neck, Criteria.ALL, PageFormat.A4);
        String text = Pdfs.text(pdf);
        for (Move move : neck.moves()) {
            assertThat(text).contains(move.name());
            for (String step : move.steps()) {
                assertThat(text).contains(Pdfs.flat(step));
            }
        }
        assertThat(text).contains(neck.settings().get(0).label());
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        byte[] again = render(Catalogues.bundled(), Criteria.ALL, PageFormat.A4);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        assertThat(sha.digest(again)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(bundledA4));
    }

    @Test
    void aSourceDateIsWrittenAsBothDatesAndStillGivesTheSameBytes() throws Exception {
        Handout handout = Handouts.build(Selector.select(Catalogues.bundled(), Criteria.ALL), null);
        Instant date = Instant.parse("2026-03-01T08:30:00Z");
        PdfMeta meta = new PdfMeta("Dated", null, "en", date);
        byte[] one = TYPESETTER.handout(handout, PageFormat.A4, meta).bytes();
        byte[] two = TYPESETTER.handout(handout, PageFormat.A4, meta).bytes();
        assertThat(two).isEqualTo(one);
        try (PDDocument doc = Pdfs.load(one)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getCreationDate().toInstant()).isEqualTo(date);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(date);
        }
        assertThat(VeraPdf.failures(one, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void longRunningTextWrapsInsteadOfBeingCut() {
        Handout base = Handouts.build(Selector.select(Catalogues.bundled(), Criteria.ALL), null);
        String title = "Gentle moves for a stiff back, for the whole team on the third floor, with thanks to everyone";
        String reminder = "Be gentle and slow, never force a move, and stop at once if you feel pain, numbness or "
                + "tingling. Full safety notes on page 1.";
        Handout handout = new Handout(new org.movecard.document.Block.Heading(1, title), base.subtitle(),
                base.language(), base.intro(), base.safety(), reminder, base.moves(), title);
        byte[] pdf = TYPESETTER.handout(handout, PageFormat.A4, new PdfMeta("Long", null, "en", null)).bytes();
        List<String> pages = Pdfs.pageTexts(pdf);
        for (int i = 1; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains(Pdfs.flat(reminder)).contains("with thanks to everyone");
        }
        Handout tooLong = new Handout(handout.title(), base.subtitle(), base.language(), base.intro(), base.safety(),
                reminder, base.moves(), title.repeat(4));
        assertThatThrownBy(() -> TYPESETTER.handout(tooLong, PageFormat.A4, new PdfMeta("Long", null, "en", null)))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("the title is too long for the page footer");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DOES_NOT_FIT);
                });
    }

    @Test
    void aCharacterTheFontLacksIsAnErrorNamingWhereItIs() {
        String json = new String(readBundled(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"steps\": \\[\\s*\"", "\"steps\": [\"Smile \uD83D\uDE00 and ");
        Catalogue catalogue = CatalogueReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "emoji.json");
        assertThatThrownBy(() -> render(catalogue, Criteria.ALL, PageFormat.A4))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.getMessage()).contains("move \"" + catalogue.moves().get(0).id() + "\" step 1")
                            .contains("U+1F600");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
                });
    }

    private static byte[] readBundled() {
        try (var in = HandoutTest.class.getResourceAsStream("/org/movecard/catalogue/back-moves.json")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
