package org.movecard.press;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.movecard.document.Cards;
import org.movecard.layout.CardFormat;
import org.movecard.layout.PageFormat;
import org.movecard.pdf.CardPdf;
import org.movecard.pdf.PdfMeta;
import org.movecard.pdf.Typesetter;
import org.movecard.selection.Criteria;
import org.movecard.selection.Selector;
import org.movecard.support.Catalogues;
import org.movecard.support.Golden;

/** Rendered sheets compared with reviewed references, to catch layout regressions. */
class CardGoldenTest {
    private static final PdfMeta META = new PdfMeta("Floor routine", null, "en", null);

    @ParameterizedTest(name = "{0} on {1}, duplex {2}, page {3}")
    @CsvSource({
        "a6, a4, none, 0",
        "a7, a4, long-edge, 1",
        "wallet, letter, short-edge, 0",
        "wallet, letter, short-edge, 1",
    })
    void sheetLooksAsReviewed(String format, String sheet, String duplex, int page) {
        var routine = Selector.select(Catalogues.bundled(), new Criteria(List.of("floor"), List.of(), List.of(), List.of()));
        Duplex mode = Duplex.named(duplex);
        CardFormat card = CardFormat.named(format);
        CardPdf cards = new Typesetter().cards(Cards.build(routine, null), card, mode != Duplex.NONE, META);
        var imposed = Imposition.impose(cards, SheetPlan.fit(card, PageFormat.paper(sheet)), mode, 0, 0, META);
        Golden.assertMatches("cards/" + format + "-" + sheet + "-" + duplex + "-" + (page + 1),
                Golden.render(imposed.bytes(), page, 30));
    }
}
