package org.movecard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.movecard.catalogue.ClinicReader;
import org.movecard.document.Cards;
import org.movecard.document.Handouts;
import org.movecard.document.Sheets;
import org.movecard.pdf.Fonts;
import org.movecard.pdf.Typesetter;
import org.movecard.selection.Criteria;
import org.movecard.selection.Selector;
import org.movecard.selection.SheetOrders;
import org.movecard.support.Catalogues;

/**
 * On every laid-out page, no line of text overlaps another line or a picture: the failure a glyph
 * bounds check cannot see (text painted under a map, a caption under a figure).
 */
class OverlapTest {
    private static final Fonts FONTS = new Fonts();
    /** Boxes may touch; anti-aliasing makes a hair of overlap invisible. */
    private static final float TOLERANCE = 0.5f;

    /** A rectangle on the page, top-down coordinates. */
    record Area(String what, float left, float top, float right, float bottom) {
        boolean overlaps(Area o) {
            return left < o.right - TOLERANCE && o.left < right - TOLERANCE
                    && top < o.bottom - TOLERANCE && o.top < bottom - TOLERANCE;
        }
    }

    static Stream<Arguments> documents() {
        var catalogue = Catalogues.bundled();
        var routine = Selector.select(catalogue, Criteria.ALL);
        var handout = Handouts.build(routine, null);
        var typesetter = new Typesetter();
        var clinic = ClinicReader.read(Path.of("data/examples/clinic.json"));
        var order = SheetOrders.of(catalogue, "Zoë Ünal-Smith", "2026-11-25", "Dr Rivera", List.of(
                "chair-twist: hold 20s, 3 times, 2 sets, both sides, 3 times a day; note: go slowly at first",
                "palms-arch: hold 10-15 seconds, 4 times, 3 times a week", "lying-twist", "foam-roller-roll"),
                "Walk for ten minutes each day.", null);
        var sheet = Sheets.build(catalogue, clinic, order);
        var floor = Selector.select(catalogue, new Criteria(List.of("floor"), List.of(), List.of(), List.of()));
        var deck = Cards.build(floor, null);
        // Wallet cards hold whole moves only, which the bundled floor moves are too long for.
        var shortDeck = Cards.build(Selector.select(Catalogues.resource("short-stretches.json"), Criteria.ALL), null);
        List<Arguments> docs = new ArrayList<>();
        for (PageFormat paper : List.of(PageFormat.A4, PageFormat.LETTER)) {
            for (boolean large : new boolean[] {false, true}) {
                RenderOptions options = new RenderOptions(true, large);
                docs.add(Arguments.of("handout " + paper.name() + (large ? " large" : ""),
                        typesetter.layout(handout, paper, options)));
                docs.add(Arguments.of("sheet " + paper.name() + (large ? " large" : ""),
                        typesetter.layout(sheet, paper, options)));
            }
        }
        // The fitted layouts: the desk handout (half a point smaller), its one-page pin-up (compact),
        // and sheets of one and six moves (compact, in two columns).
        var desk = Handouts.build(Selector.select(catalogue,
                new Criteria(List.of("chair", "standing"), List.of(), List.of(), List.of())), null);
        docs.add(Arguments.of("desk handout", typesetter.layout(desk, PageFormat.A4, RenderOptions.DEFAULT)));
        docs.add(Arguments.of("desk pin-up", typesetter.layout(desk, PageFormat.A4, RenderOptions.DEFAULT.withPages(1))));
        for (int moves : new int[] {1, 6}) {
            var entries = catalogue.moves().stream().limit(moves).map(m -> m.id() + ": 3 times").toList();
            var few = Sheets.build(catalogue, clinic, SheetOrders.of(catalogue, "Alex", "2026-12-01", null, entries,
                    null, null));
            docs.add(Arguments.of("sheet of " + moves, typesetter.layout(few, PageFormat.A4, RenderOptions.DEFAULT)));
        }
        // Longer words (German, French) and the second language of bilingual documents.
        for (String language : List.of("es", "fr", "de", "pt", "en,es", "de,en")) {
            var languages = org.movecard.Movecard.languages(catalogue, null, language);
            var translated = Selector.select(languages.first(), Criteria.ALL);
            var second = languages.second() == null ? null
                    : org.movecard.Movecard.sameRoutineIn(translated, languages.second());
            var translatedOrder = SheetOrders.of(languages.first(), "Zoë Ünal-Smith", "2026-11-25", "Dr Rivera",
                    List.of("chair-twist: hold 20s, 3 times, 2 sets, both sides, 3 times a day; note: nota",
                            "palms-arch: hold 10-15 seconds, 4 times, 3 times a week", "lying-twist"), "Notas", null);
            for (boolean large : new boolean[] {false, true}) {
                RenderOptions options = new RenderOptions(true, large);
                docs.add(Arguments.of("handout " + language + (large ? " large" : ""),
                        typesetter.layout(Handouts.build(translated, second, null), PageFormat.A4, options)));
                docs.add(Arguments.of("sheet " + language + (large ? " large" : ""), typesetter.layout(
                        Sheets.build(languages.first(), languages.second(), clinic, translatedOrder, false),
                        PageFormat.A4, options)));
            }
            if (languages.second() == null) {
                var cards = new CardLayout(FONTS).layout(Cards.build(Selector.select(languages.first(),
                        new Criteria(List.of("floor"), List.of(), List.of(), List.of())), null), CardFormat.A7, true, true);
                List<Page> pages = new ArrayList<>(cards.fronts());
                pages.addAll(cards.backs());
                docs.add(Arguments.of("cards a7 " + language, pages));
            }
        }
        for (CardFormat format : CardFormat.ALL) {
            for (boolean duplex : new boolean[] {false, true}) {
                var set = new CardLayout(FONTS).layout(format == CardFormat.WALLET ? shortDeck : deck, format, duplex, true);
                List<Page> pages = new ArrayList<>(set.fronts());
                pages.addAll(set.backs());
                docs.add(Arguments.of("cards " + format.name() + (duplex ? " duplex" : ""), pages));
            }
        }
        return docs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noTextOverlapsOtherTextOrAPicture(String name, List<Page> pages) {
        for (int p = 0; p < pages.size(); p++) {
            List<Area> texts = new ArrayList<>();
            List<Area> pictures = new ArrayList<>();
            Page page = pages.get(p);
            for (Page.Placed placed : page.frames()) {
                collect(placed.frame().ops(), placed.x(), placed.y(), texts, pictures);
            }
            collect(page.decorations(), 0, 0, texts, pictures);
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    assertThat(texts.get(i).overlaps(texts.get(j))).as("%s page %d: %s overlaps %s", name, p + 1,
                            texts.get(i), texts.get(j)).isFalse();
                }
                for (Area picture : pictures) {
                    assertThat(texts.get(i).overlaps(picture)).as("%s page %d: %s overlaps %s", name, p + 1,
                            texts.get(i), picture).isFalse();
                }
            }
        }
    }

    private static void collect(List<Op> ops, float dx, float dy, List<Area> texts, List<Area> pictures) {
        for (Op op : ops) {
            if (op instanceof Op.Text t) {
                float w = FONTS.width(t.text(), t.face(), t.size());
                float ascent = FONTS.capHeight(t.face(), t.size());
                float descent = FONTS.descent(t.face(), t.size());
                texts.add(new Area("\"" + t.text() + "\"", dx + t.x(), dy + t.baseline() - ascent,
                        dx + t.x() + w, dy + t.baseline() + descent));
            } else if (op instanceof Op.Figure f) {
                float l = Float.MAX_VALUE;
                float top = Float.MAX_VALUE;
                float r = -Float.MAX_VALUE;
                float b = -Float.MAX_VALUE;
                for (Op inner : Ops.flatten(f.ops())) {
                    Ops.Bounds ob = Ops.bounds(inner);
                    l = Math.min(l, ob.left());
                    top = Math.min(top, ob.top());
                    r = Math.max(r, ob.right());
                    b = Math.max(b, ob.bottom());
                }
                pictures.add(new Area("picture \"" + f.alt() + "\"", dx + l, dy + top, dx + r, dy + b));
            }
        }
    }
}
