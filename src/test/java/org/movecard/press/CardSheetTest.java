package org.movecard.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.catalogue.Move;
import org.movecard.document.CardDeck;
import org.movecard.document.Cards;
import org.movecard.layout.CardFormat;
import org.movecard.layout.PageFormat;
import org.movecard.pdf.CardPdf;
import org.movecard.pdf.PdfMeta;
import org.movecard.pdf.Typesetter;
import org.movecard.selection.Criteria;
import org.movecard.selection.Routine;
import org.movecard.selection.Selector;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;
import org.movecard.support.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every format × sheet × duplex combination, on the bundled floor routine and on long steps. */
class CardSheetTest {
    private static final Typesetter TYPESETTER = new Typesetter();
    private static final PdfMeta META = new PdfMeta("Floor routine", null, "en", null);
    private static final float EPS = 0.05f;

    record Case(String catalogue, CardFormat format, String sheet, Duplex duplex) {
        @Override
        public String toString() {
            return catalogue + " " + format.name() + " on " + sheet + " duplex " + duplex.label();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String catalogue : List.of("bundled", "long-steps.json")) {
            for (CardFormat format : CardFormat.ALL) {
                for (String sheet : List.of("none", "a4", "letter")) {
                    for (Duplex duplex : Duplex.values()) {
                        cases.add(Arguments.of(new Case(catalogue, format, sheet, duplex)));
                    }
                }
            }
        }
        return cases.stream();
    }

    private static Routine routine(String name) {
        Catalogue c = name.equals("bundled") ? Catalogues.bundled() : Catalogues.resource(name);
        return Selector.select(c, new Criteria(List.of("floor"), List.of(), List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cardsAreCompleteLegibleAndInsideTheirSafeArea(Case c) throws Exception {
        Routine routine = routine(c.catalogue());
        CardDeck deck = Cards.build(routine, null);
        if (c.catalogue().equals("long-steps.json") && c.format() == CardFormat.WALLET && c.duplex() == Duplex.NONE) {
            // A 600-character step beside the safety band is more than a wallet card holds at 6.5 pt:
            // the documented error, never a clipped step.
            assertThatThrownBy(() -> TYPESETTER.cards(deck, c.format(), false, META))
                    .isInstanceOfSatisfying(UserError.class, e -> {
                        assertThat(e.getMessage()).matches("move \"[a-z-]+\" step \\d+ does not fit on an empty "
                                + "wallet card even at 6.5 pt");
                        assertThat(e.exitCode()).isEqualTo(ExitCode.DOES_NOT_FIT);
                    });
            return;
        }
        CardPdf cards = TYPESETTER.cards(deck, c.format(), c.duplex() != Duplex.NONE, META);
        PageFormat page = c.format().page();
        float inset = page.bleed() + CardFormat.SAFE;

        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(cards.bytes());
        assertThat(glyphs).isNotEmpty();
        for (Pdfs.Glyph g : glyphs) {
            assertThat(g.fontSize()).as("size of %s", g).isGreaterThanOrEqualTo(c.format().minimum() - EPS);
            assertThat(g.x()).as("left of %s", g).isGreaterThanOrEqualTo(inset - EPS);
            assertThat(g.x() + g.width()).as("right of %s", g).isLessThanOrEqualTo(page.width() - inset + EPS);
            assertThat(g.y() - descent(g)).as("bottom of %s", g).isGreaterThanOrEqualTo(inset - EPS);
            assertThat(g.y() + g.height()).as("top of %s", g).isLessThanOrEqualTo(page.height() - inset + EPS);
        }

        List<String> faces = Pdfs.pageTexts(cards.bytes());
        int step = cards.duplex() ? 2 : 1;
        assertThat(faces).hasSize(cards.cards() * step);
        StringBuilder fronts = new StringBuilder();
        for (int i = 0; i < cards.cards(); i++) {
            String front = faces.get(i * step);
            String safetyFace = cards.duplex() ? faces.get(i * step + 1) : front;
            assertThat(safetyFace).as("card %d carries the safety text", i + 1).contains("SAFETY")
                    .contains(routine.catalogue().safety().title());
            for (String point : routine.catalogue().safety().forCards()) {
                assertThat(safetyFace).contains(Pdfs.flat(point));
            }
            assertThat(front).as("card %d footer", i + 1).contains((i + 1) + " / " + cards.cards());
            if (cards.duplex()) {
                assertThat(safetyFace).contains((i + 1) + " / " + cards.cards());
            }
            fronts.append(front).append(' ');
        }
        String all = fronts.toString();
        int from = 0;
        for (Move move : routine.moves()) {
            for (int s = 0; s < move.steps().size(); s++) {
                String numbered = (s + 1) + ". " + Pdfs.flat(move.steps().get(s));
                int at = all.indexOf(numbered, from);
                assertThat(at).as("%s step %d in order", move.id(), s + 1).isGreaterThanOrEqualTo(from);
                assertThat(all.indexOf(numbered, at + 1)).as("%s step %d only once", move.id(), s + 1).isEqualTo(-1);
                from = at;
            }
        }

        if (!c.sheet().equals("none")) {
            SheetPlan plan = SheetPlan.fit(c.format(), PageFormat.paper(c.sheet()));
            var imposed = Imposition.impose(cards, plan, c.duplex(), 0, 0, META);
            checkSheets(imposed, plan, c.duplex(), cards.cards());
        }
    }

    /** Glyphs report their baseline; descenders go a little below it. */
    private static float descent(Pdfs.Glyph g) {
        return g.fontSize() * 0.25f;
    }

    private static void checkSheets(Imposition.Imposed imposed, SheetPlan plan, Duplex duplex, int cards)
            throws java.io.IOException {
        int pagesPerSheet = duplex == Duplex.NONE ? 1 : 2;
        try (PDDocument doc = Pdfs.load(imposed.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(imposed.sheets() * pagesPerSheet);
            assertThat(imposed.sheets()).isEqualTo((cards + plan.count() - 1) / plan.count());
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                assertThat(doc.getPage(p).getMediaBox().getWidth()).isCloseTo(plan.sheet().width(), within(0.01f));
                boolean back = p % pagesPerSheet == 1;
                List<float[]> trims = new ArrayList<>();
                for (SheetPlan.Cell cell : plan.cells()) {
                    AffineTransform t = Imposition.frontTransform(plan, cell);
                    trims.add(Imposition.trim(plan, back ? Imposition.backTransform(plan, duplex, t, 0, 0) : t));
                }
                for (float[] origin : glyphOrigins(doc, p)) {
                    boolean inside = trims.stream().anyMatch(t -> origin[0] >= t[0] + CardFormat.SAFE - EPS
                            && origin[0] <= t[2] - CardFormat.SAFE + EPS
                            && origin[1] >= t[1] + CardFormat.SAFE - EPS && origin[1] <= t[3] - CardFormat.SAFE + EPS);
                    assertThat(inside).as("glyph at %.1f,%.1f on sheet page %d inside a card's safe area",
                            origin[0], origin[1], p + 1).isTrue();
                }
            }
        }
    }

    /** Glyph origins in sheet space (the text matrix includes the form placement). */
    private static List<float[]> glyphOrigins(PDDocument doc, int page) {
        List<float[]> origins = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    Matrix m = text.getTextMatrix();
                    origins.add(new float[] {m.getTranslateX(), m.getTranslateY()});
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return origins;
    }

    @Test
    void cropMarksStayOutsideEveryTrimAndBleedAndInsideThePrintableMargin() {
        for (CardFormat format : CardFormat.ALL) {
            for (PageFormat paper : List.of(PageFormat.A4, PageFormat.LETTER)) {
                SheetPlan plan = SheetPlan.fit(format, paper);
                assertThat(plan.count()).as("%s on %s", format.name(), paper.name()).isGreaterThanOrEqualTo(2);
                List<float[]> trims = plan.cells().stream()
                        .map(cell -> Imposition.trim(plan, Imposition.frontTransform(plan, cell))).toList();
                for (int i = 0; i < trims.size(); i++) {
                    SheetPlan.Cell cell = plan.cells().get(i);
                    assertThat(trims.get(i)).containsExactly(new float[] {cell.x(), cell.y(), cell.x() + cell.width(),
                        cell.y() + cell.height()}, within(0.01f));
                }
                List<float[]> marks = Imposition.cropMarks(trims);
                assertThat(marks).hasSize(2 * (2 * plan.columns() + 2 * plan.rows()));
                float margin = SheetPlan.PRINTABLE_MARGIN;
                for (float[] m : marks) {
                    for (float[] t : trims) {
                        float b = CardFormat.BLEED - 0.01f;
                        boolean clear = Math.max(m[0], m[2]) <= t[0] - b || Math.min(m[0], m[2]) >= t[2] + b
                                || Math.max(m[1], m[3]) <= t[1] - b || Math.min(m[1], m[3]) >= t[3] + b;
                        assertThat(clear).as("mark %s clear of trim+bleed %s", java.util.Arrays.toString(m),
                                java.util.Arrays.toString(t)).isTrue();
                    }
                    for (float v : new float[] {m[0], m[2]}) {
                        assertThat(v).isBetween(margin, paper.width() - margin);
                    }
                    for (float v : new float[] {m[1], m[3]}) {
                        assertThat(v).isBetween(margin, paper.height() - margin);
                    }
                }
                for (float[] t : trims) {
                    boolean onCut = marks.stream().anyMatch(m -> Math.abs(m[0] - t[0]) < 0.01 && m[0] == m[2]);
                    assertThat(onCut).as("a mark on the left cut of every card").isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("duplexCases")
    void eachBackLandsExactlyBehindItsFrontTopToTop(CardFormat format, Duplex duplex) {
        SheetPlan plan = SheetPlan.fit(format, PageFormat.A4);
        PageFormat page = format.page();
        float b = page.bleed();
        for (SheetPlan.Cell cell : plan.cells()) {
            AffineTransform front = Imposition.frontTransform(plan, cell);
            AffineTransform back = Imposition.backTransform(plan, duplex, front, 0, 0);
            // A point on the back at card position (x, y) must sit behind the front's (w - x, y):
            // the card is turned over like a book page to be read.
            float[][] points = {{b, b}, {page.width() - b, page.height() - b}, {page.width() / 2, page.height() - b}};
            for (float[] p : points) {
                double[] onBack = new double[2];
                back.transform(new double[] {p[0], p[1]}, 0, onBack, 0, 1);
                double[] onFront = new double[2];
                front.transform(new double[] {page.width() - p[0], p[1]}, 0, onFront, 0, 1);
                double[] turned = duplex == Duplex.LONG_EDGE
                        ? new double[] {plan.sheet().width() - onBack[0], onBack[1]}
                        : new double[] {onBack[0], plan.sheet().height() - onBack[1]};
                assertThat(turned[0]).isCloseTo(onFront[0], within(0.01));
                assertThat(turned[1]).isCloseTo(onFront[1], within(0.01));
            }
        }
    }

    static Stream<Arguments> duplexCases() {
        return CardFormat.ALL.stream().flatMap(f -> Stream.of(Arguments.of(f, Duplex.LONG_EDGE),
                Arguments.of(f, Duplex.SHORT_EDGE)));
    }

    @Test
    void theBackOfCardNShowsNOfMBehindTheFrontOnTheRealSheet() throws Exception {
        Routine routine = routine("bundled");
        CardPdf cards = TYPESETTER.cards(Cards.build(routine, null), CardFormat.A7, true, META);
        SheetPlan plan = SheetPlan.fit(CardFormat.A7, PageFormat.A4);
        var imposed = Imposition.impose(cards, plan, Duplex.LONG_EDGE, 0, 0, META);
        try (PDDocument doc = Pdfs.load(imposed.bytes())) {
            var area = new org.apache.pdfbox.text.PDFTextStripperByArea();
            float h = plan.sheet().height();
            for (int i = 0; i < Math.min(cards.cards(), plan.count()); i++) {
                SheetPlan.Cell cell = plan.cells().get(i);
                // Turned over about the long edge, the back of this cell is its mirror image in x.
                float mx = plan.sheet().width() - cell.x() - cell.width();
                area.addRegion("card" + i, new java.awt.geom.Rectangle2D.Float(mx, h - cell.y() - cell.height(),
                        cell.width(), cell.height()));
            }
            area.extractRegions(doc.getPage(1));
            for (int i = 0; i < Math.min(cards.cards(), plan.count()); i++) {
                assertThat(Pdfs.flat(area.getTextForRegion("card" + i))).contains((i + 1) + " / " + cards.cards())
                        .contains("SAFETY");
            }
        }
    }

    @Test
    void backOffsetMovesBacksOnly() {
        SheetPlan plan = SheetPlan.fit(CardFormat.A6, PageFormat.A4);
        AffineTransform front = Imposition.frontTransform(plan, plan.cells().get(0));
        float[] plain = Imposition.trim(plan, Imposition.backTransform(plan, Duplex.LONG_EDGE, front, 0, 0));
        float[] moved = Imposition.trim(plan, Imposition.backTransform(plan, Duplex.LONG_EDGE, front,
                1.5f * PageFormat.MM, -2 * PageFormat.MM));
        assertThat(moved[0] - plain[0]).isCloseTo(1.5f * PageFormat.MM, within(0.01f));
        assertThat(moved[1] - plain[1]).isCloseTo(-2 * PageFormat.MM, within(0.01f));
    }

    @Test
    void aStepThatCannotFitAnEmptyCardIsAnErrorNamingMoveAndStep() {
        String longStep = "Breathe slowly and notice how your back feels. ".repeat(40);
        String json = """
                {"id": "x", "title": "X", "settings": [{"id": "floor", "label": "Floor"}],
                 "regions": [{"id": "lower", "label": "Lower back"}],
                 "safety": {"title": "Be gentle", "points": ["Stop if it hurts."]},
                 "moves": [{"id": "long-one", "name": "Long one", "setting": "floor", "regions": ["lower"],
                            "steps": ["Lie down.", "%s"]}]}
                """.formatted(longStep.strip());
        Catalogue catalogue = CatalogueReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.json");
        CardDeck deck = Cards.build(Selector.select(catalogue, Criteria.ALL), null);
        assertThatThrownBy(() -> TYPESETTER.cards(deck, CardFormat.WALLET, true, META))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("move \"long-one\" step 2 does not fit on an empty wallet card "
                            + "even at 6.5 pt");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DOES_NOT_FIT);
                    assertThat(e.hint()).contains("shorter steps");
                });
    }

    @Test
    void textShrinksOnlyAsFarAsNeeded() {
        Routine routine = routine("bundled");
        CardPdf a6 = TYPESETTER.cards(Cards.build(routine, null), CardFormat.A6, true, META);
        assertThat(a6.textSize()).isEqualTo(CardFormat.A6.preferred());
        CardPdf longOnes = TYPESETTER.cards(Cards.build(routine("long-steps.json"), null), CardFormat.A6, false, META);
        assertThat(longOnes.textSize()).isEqualTo(CardFormat.A6.minimum());
        assertThat(Pdfs.text(longOnes.bytes())).contains("(continued)");
    }

    @Test
    void cardDecksAndImposedSheetsPassPdfA2b() {
        Routine routine = routine("bundled");
        CardPdf cards = TYPESETTER.cards(Cards.build(routine, null), CardFormat.A6, true, META);
        assertThat(VeraPdf.failures(cards.bytes(), PDFAFlavour.PDFA_2_B)).isEmpty();
        var imposed = Imposition.impose(cards, SheetPlan.fit(CardFormat.A6, PageFormat.LETTER), Duplex.SHORT_EDGE,
                0.5f, -0.5f, META);
        assertThat(VeraPdf.failures(imposed.bytes(), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void imposedSheetsAreReproducible() {
        Routine routine = routine("bundled");
        CardPdf cards = TYPESETTER.cards(Cards.build(routine, null), CardFormat.WALLET, true, META);
        SheetPlan plan = SheetPlan.fit(CardFormat.WALLET, PageFormat.A4);
        byte[] one = Imposition.impose(cards, plan, Duplex.LONG_EDGE, 0, 0, META).bytes();
        byte[] two = Imposition.impose(TYPESETTER.cards(Cards.build(routine, null), CardFormat.WALLET, true, META),
                plan, Duplex.LONG_EDGE, 0, 0, META).bytes();
        assertThat(two).isEqualTo(one);
    }
}
