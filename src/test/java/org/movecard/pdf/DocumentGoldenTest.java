package org.movecard.pdf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.movecard.catalogue.ClinicReader;
import org.movecard.document.Handouts;
import org.movecard.document.Sheets;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.selection.Criteria;
import org.movecard.selection.Selector;
import org.movecard.selection.SheetOrders;
import org.movecard.support.Catalogues;
import org.movecard.support.Golden;

/** Rendered handout and sheet pages compared with reviewed references, to catch layout regressions. */
class DocumentGoldenTest {
    private static final Typesetter TYPESETTER = new Typesetter();
    private static final PdfMeta META = new PdfMeta("Golden", null, "en", null);

    @ParameterizedTest(name = "{0} page {1}, large print {2}")
    @CsvSource({
        "handout, 0, false",
        "handout, 1, false",
        "handout, 2, true",
        "sheet, 0, false",
        "sheet, 2, false",
    })
    void pageLooksAsReviewed(String kind, int page, boolean large) {
        var catalogue = Catalogues.bundled();
        RenderOptions options = new RenderOptions(true, large);
        byte[] pdf;
        if (kind.equals("handout")) {
            var handout = Handouts.build(Selector.select(catalogue, Criteria.ALL), null);
            pdf = TYPESETTER.handout(handout, PageFormat.A4, META, options).bytes();
        } else {
            var clinic = ClinicReader.read(Path.of("data/examples/clinic.json"));
            var order = SheetOrders.of(catalogue, "Alex Smith", "2026-11-25", "Dr Rivera", List.of(
                    "chair-twist: hold 20s, 3 times, 2 sets, both sides, twice a day; note: go slowly",
                    "palms-arch: hold 15s, 4 times, once a day"), "Walk every day.", null);
            pdf = TYPESETTER.sheet(Sheets.build(catalogue, clinic, order), PageFormat.A4, META, options).bytes();
        }
        Golden.assertMatches("documents/" + kind + "-" + (page + 1) + (large ? "-large" : ""),
                Golden.render(pdf, page, 30));
    }
}
