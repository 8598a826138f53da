package org.movecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.movecard.document.Cards;
import org.movecard.layout.CardFormat;
import org.movecard.layout.CardLayout;
import org.movecard.layout.Op;
import org.movecard.layout.Ops;
import org.movecard.layout.Page;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RegionMap;
import org.movecard.selection.Criteria;
import org.movecard.selection.Selector;
import org.movecard.support.Catalogues;

/** Cards show pictures on every card or on none, and a back map large enough to read. */
class CardPicturesTest {
    private static final CardLayout CARDS = new CardLayout(new Fonts());

    private static float height(List<Op> ops) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Op op : ops) {
            top = Math.min(top, Ops.bounds(op).top());
            bottom = Math.max(bottom, Ops.bounds(op).bottom());
        }
        return bottom - top;
    }

    static Stream<Arguments> decks() {
        List<Arguments> all = new ArrayList<>();
        for (CardFormat format : List.of(CardFormat.A6, CardFormat.A7)) {
            for (String setting : List.of("chair", "standing", "floor", "")) {
                for (boolean duplex : List.of(false, true)) {
                    all.add(Arguments.of(format, setting, duplex));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} duplex {2}")
    @MethodSource("decks")
    void everyMoveHasItsPicturesOrNoneDoesAndMapsAreAtLeastFifteenMillimetres(CardFormat format, String setting,
                                                                           boolean duplex) {
        Criteria criteria = setting.isEmpty() ? Criteria.ALL
                : new Criteria(List.of(setting), List.of(), List.of(), List.of());
        var routine = Selector.select(Catalogues.bundled(), criteria);
        var set = CARDS.layout(Cards.build(routine, null), format, duplex, true);
        List<String> figures = new ArrayList<>();
        List<Float> maps = new ArrayList<>();
        for (Page page : set.fronts()) {
            for (Page.Placed placed : page.frames()) {
                for (Op op : placed.frame().ops()) {
                    if (op instanceof Op.Figure f && f.alt().startsWith("Back map")) {
                        maps.add(height(List.of(f)) / PageFormat.MM);
                    } else if (op instanceof Op.Figure f) {
                        figures.add(f.alt());
                    }
                }
            }
        }
        List<String> alts = routine.moves().stream().map(m -> m.figure().alt()).toList();
        if (figures.isEmpty()) {
            assertThat(maps).as("no figures, so no maps either").isEmpty();
        } else {
            assertThat(figures).as("a figure on every card").containsExactlyInAnyOrderElementsOf(alts);
            // The map's picture is at least 15 mm high; the silhouette in it fills a known share of that.
            float share = height(RegionMap.draw(List.of(), List.of("upper-back"), 60, 100)) / 100;
            assertThat(maps).hasSize(alts.size()).allMatch(h -> h >= 15 * share - 0.01f, "at least 15 mm high");
        }
    }
}
