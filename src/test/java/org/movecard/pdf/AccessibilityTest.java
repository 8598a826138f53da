package org.movecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Move;
import org.movecard.document.Cards;
import org.movecard.document.Handout;
import org.movecard.document.Handouts;
import org.movecard.layout.CardFormat;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.selection.Criteria;
import org.movecard.selection.Selector;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;
import org.movecard.support.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** PDF/UA-1 and PDF/A-2b for every accessible document kind, and a structure tree in reading order. */
class AccessibilityTest {
    private static final Typesetter TYPESETTER = new Typesetter();

    private static byte[] handout(Catalogue catalogue) {
        Handout handout = Handouts.build(Selector.select(catalogue, Criteria.ALL), null);
        return TYPESETTER.handout(handout, PageFormat.A4,
                new PdfMeta(handout.title().text(), catalogue.title(), catalogue.language(), null)).bytes();
    }

    private static byte[] cards(Catalogue catalogue, CardFormat format, boolean duplex) {
        var deck = Cards.build(Selector.select(catalogue, Criteria.ALL), null);
        return TYPESETTER.cards(deck, format, duplex, new PdfMeta(deck.title(), null, catalogue.language(), null)).bytes();
    }

    private static void assertValid(byte[] pdf) {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b failed rules").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "neck-shoulder.json"})
    void handoutsPassPdfUaAndPdfA(String name) {
        assertValid(handout(catalogue(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a6", "a7", "wallet"})
    void unimposedCardsPassPdfUaAndPdfA(String format) {
        // Wallet cards hold whole moves only: the short stretches fit, the bundled moves do not.
        assertValid(cards(format.equals("wallet") ? Catalogues.resource("short-stretches.json") : Catalogues.bundled(),
                CardFormat.named(format), false));
        if (!format.equals("wallet")) {
            assertValid(cards(Catalogues.resource("neck-shoulder.json"), CardFormat.named(format), true));
        }
    }

    @Test
    void theValidatorDoesFailUntaggedOutput() {
        var deck = Cards.build(Selector.select(Catalogues.bundled(), Criteria.ALL), null);
        var meta = new PdfMeta(deck.title(), null, "en", null);
        var cards = TYPESETTER.cards(deck, CardFormat.A6, false, meta);
        byte[] imposed = org.movecard.press.Imposition.impose(cards,
                org.movecard.press.SheetPlan.fit(CardFormat.A6, PageFormat.A4), org.movecard.press.Duplex.NONE, 0, 0,
                meta).bytes();
        // Imposed sheets are archival but not tagged: the UA check must notice.
        assertThat(VeraPdf.failures(imposed, PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(VeraPdf.failures(imposed, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void theStructureTreeReadsInTheOrderOfTheVisibleText() throws Exception {
        byte[] pdf = handout(Catalogues.bundled());
        String tagged = Pdfs.flat(String.join(" ", structureText(pdf)));
        Catalogue catalogue = Catalogues.bundled();
        var routine = Selector.select(catalogue, Criteria.ALL);
        List<String> expected = new ArrayList<>();
        expected.add(catalogue.title());
        expected.add("SAFETY");
        expected.addAll(catalogue.safety().points());
        for (Move move : routine.moves()) {
            expected.add(move.name());
            for (int i = 0; i < move.steps().size(); i++) {
                expected.add((i + 1) + ".");
                expected.add(move.steps().get(i));
            }
            if (move.feel() != null) {
                expected.add(move.feel());
            }
        }
        int from = 0;
        for (String piece : expected) {
            int at = tagged.indexOf(Pdfs.flat(piece), from);
            assertThat(at).as("\"%s\" in structure order after offset %d", piece, from).isGreaterThanOrEqualTo(from);
            from = at;
        }
        assertThat(tagged).doesNotContain("Page 1 of").as("footers are artifacts");
    }

    @Test
    void stepsAreListsWithLabelsAndBodies() throws Exception {
        byte[] pdf = handout(Catalogues.bundled());
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<String> types = new ArrayList<>();
            collectTypes(doc.getDocumentCatalog().getStructureTreeRoot(), types);
            assertThat(types).contains("Document", "H1", "H2", "Sect", "L", "LI", "Lbl", "LBody", "P");
            assertThat(types.indexOf("H1")).isLessThan(types.indexOf("H2"));
        }
    }

    @Test
    void everyFigureAndMapIsAFigureWithItsTextAlternative() throws Exception {
        byte[] pdf = handout(Catalogues.bundled());
        List<String> alts = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(pdf)) {
            collectAlts(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
        }
        for (Move move : Catalogues.bundled().moves()) {
            assertThat(alts).as("figure of %s", move.id()).contains(move.figure().alt());
        }
        assertThat(alts).anyMatch(a -> a.startsWith("Back map with the "));
    }

    @Test
    void cardsShowPicturesOnEveryCardAndNoneWithoutFigures() throws Exception {
        var floor = Selector.select(Catalogues.bundled(),
                new Criteria(List.of("floor"), List.of(), List.of(), List.of()));
        var deck = Cards.build(floor, null);
        var meta = new PdfMeta(deck.title(), null, "en", null);
        byte[] pictured = TYPESETTER.cards(deck, CardFormat.A6, true, meta, new RenderOptions(true, false)).bytes();
        byte[] plain = TYPESETTER.cards(deck, CardFormat.A6, true, meta, new RenderOptions(false, false)).bytes();
        List<String> withPictures = new ArrayList<>();
        List<String> without = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(pictured)) {
            collectAlts(doc.getDocumentCatalog().getStructureTreeRoot(), withPictures);
        }
        try (PDDocument doc = Pdfs.load(plain)) {
            collectAlts(doc.getDocumentCatalog().getStructureTreeRoot(), without);
        }
        // Pictures on every card or on none: here every floor move has its figure and its back map.
        assertThat(withPictures.stream().filter(a -> a.startsWith("Back map")).count())
                .isEqualTo(floor.moves().size());
        for (var move : floor.moves()) {
            assertThat(withPictures).contains(move.figure().alt());
        }
        assertThat(without).isEmpty();
        assertThat(VeraPdf.failures(pictured, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void eachFigureHasOneAltThatDescribesTheMovementAndTheContactSheetConformsToo() throws Exception {
        List<String> alts = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(handout(Catalogues.bundled()))) {
            collectAlts(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
        }
        for (Move move : Catalogues.bundled().moves()) {
            // One Figure per move, its alt the whole movement: several poses are told in order.
            assertThat(alts.stream().filter(move.figure().alt()::equals)).as("alt of %s", move.id()).hasSize(1);
            int poses = move.figure().poses().size();
            if (poses > 1) {
                assertThat(move.figure().alt()).as("alt of %s", move.id())
                        .startsWith((poses == 2 ? "Two" : "Three") + " pictures of a person");
            }
        }
        var meta = new PdfMeta("Figures", null, "en", null);
        byte[] sheet = TYPESETTER.figures(Catalogues.bundled(), "bundled", meta).bytes();
        assertThat(VeraPdf.failures(sheet, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(sheet, PDFAFlavour.PDFA_2_B)).isEmpty();
        List<String> sheetAlts = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(sheet)) {
            collectAlts(doc.getDocumentCatalog().getStructureTreeRoot(), sheetAlts);
        }
        assertThat(sheetAlts).hasSize(Catalogues.bundled().moves().size());
    }

    private static void collectAlts(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    assertThat(e.getAlternateDescription()).as("Figure without Alt").isNotBlank();
                    alts.add(e.getAlternateDescription());
                }
                collectAlts(e, alts);
            }
        }
    }

    private static Catalogue catalogue(String name) {
        return name.equals("bundled") ? Catalogues.bundled() : Catalogues.resource(name);
    }

    private static void collectTypes(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                collectTypes(e, types);
            }
        }
    }

    /** The text of every marked-content sequence, in structure-tree order. */
    static List<String> structureText(byte[] pdf) throws Exception {
        try (PDDocument doc = Pdfs.load(pdf)) {
            java.util.Map<Integer, java.util.Map<Integer, String>> byPage = new java.util.HashMap<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(doc.getPage(p));
                java.util.Map<Integer, String> texts = new java.util.HashMap<>();
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    collect(mc, texts);
                }
                byPage.put(p, texts);
            }
            List<String> out = new ArrayList<>();
            walk(doc, doc.getDocumentCatalog().getStructureTreeRoot(), null, byPage, out);
            return out;
        }
    }

    private static void collect(PDMarkedContent mc, java.util.Map<Integer, String> texts) {
        if (mc.getMCID() >= 0) {
            StringBuilder sb = new StringBuilder();
            for (Object c : mc.getContents()) {
                if (c instanceof TextPosition t) {
                    sb.append(t.getUnicode());
                }
            }
            texts.merge(mc.getMCID(), sb.toString(), (a, b) -> a + b);
        }
        for (Object c : mc.getContents()) {
            if (c instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
    }

    private static void walk(PDDocument doc, PDStructureNode node, org.apache.pdfbox.pdmodel.PDPage page,
                             java.util.Map<Integer, java.util.Map<Integer, String>> byPage, List<String> out) {
        org.apache.pdfbox.pdmodel.PDPage current = page;
        if (node instanceof PDStructureElement e && e.getPage() != null) {
            current = e.getPage();
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode n) {
                walk(doc, n, current, byPage, out);
            } else if (kid instanceof Integer mcid && current != null) {
                int index = doc.getPages().indexOf(current);
                out.add(byPage.get(index).getOrDefault(mcid, ""));
            } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference ref) {
                int index = doc.getPages().indexOf(ref.getPage() != null ? ref.getPage() : current);
                out.add(byPage.get(index).getOrDefault(ref.getMCID(), ""));
            }
        }
    }
}
