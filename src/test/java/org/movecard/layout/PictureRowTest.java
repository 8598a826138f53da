package org.movecard.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.movecard.document.CardDeck;
import org.movecard.document.Cards;
import org.movecard.document.MoveSection;
import org.movecard.document.Pictures;
import org.movecard.pdf.Fonts;
import org.movecard.selection.Criteria;
import org.movecard.selection.Selector;
import org.movecard.support.Catalogues;

/** A card's fit search measures picture rows without drawing them: the measure must be the drawing's. */
class PictureRowTest {
    private static final Fonts FONTS = new Fonts();

    @Test
    void aRowReachesAsFarDownMeasuredAsDrawn() {
        CardDeck deck = Cards.build(Selector.select(Catalogues.bundled(), Criteria.ALL), null);
        Style style = Style.card(9f);
        int rows = 0;
        boolean captionBelow = false;
        for (MoveSection move : deck.moves()) {
            Pictures p = move.pictures();
            // With a video too: its QR code's caption is the one thing that can reach below the row.
            Pictures withVideo = new Pictures(p.figure(), p.zones(), p.targets(), "https://example.org/moves/"
                    + move.moveId(), p.mapAlt(), "Watch the video", "A QR code for the video");
            for (Pictures pictures : List.of(p, withVideo, Pictures.NONE)) {
                for (float width : new float[] {180f, 240f, 280f}) {
                    for (float size = 85f; size >= 40f; size -= 9f) {
                        var ops = PictureColumn.row(FONTS, style, pictures, 12f, width, size, 8f);
                        float drawn = ops.isEmpty() ? 0 : PictureColumn.bottom(ops);
                        float measured = PictureColumn.rowBottom(FONTS, style, pictures, 12f, width, size, 8f);
                        // The strip is as tall as the larger of the two: the slot and what is drawn.
                        assertThat(Math.max(size, measured)).as("%s, %s wide, %s high", move.moveId(), width, size)
                                .isCloseTo(ops.isEmpty() ? size : Math.max(size, drawn), within(0.01f));
                        assertThat(measured > 0).isEqualTo(!ops.isEmpty());
                        captionBelow |= drawn > size + 1;
                        rows++;
                    }
                }
            }
        }
        assertThat(rows).isEqualTo(deck.moves().size() * 3 * 3 * 6);
        assertThat(captionBelow).as("some row's caption reaches below its slot").isTrue();
    }
}
