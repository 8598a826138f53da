package org.movecard.pdf;

import java.util.List;
import org.movecard.document.CardDeck;
import org.movecard.document.Handout;
import org.movecard.document.TakeHomeSheet;
import org.movecard.layout.CardFormat;
import org.movecard.layout.CardLayout;
import org.movecard.layout.Face;
import org.movecard.layout.HandoutLayout;
import org.movecard.layout.Page;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.layout.SheetLayout;
import org.movecard.layout.Style;

/**
 * The typesetting stage: document model + page format → PDF bytes. Holds parsed fonts, so make one
 * per thread and reuse it for many documents.
 */
public final class Typesetter {
    private final Fonts fonts = new Fonts();
    /** Kept for the typesetter's life so images decoded for one sheet serve the next. */
    private final PdfPainter painter = new PdfPainter(fonts);

    public List<Page> layout(Handout handout, PageFormat format) {
        return layout(handout, format, RenderOptions.DEFAULT);
    }

    public List<Page> layout(Handout handout, PageFormat format, RenderOptions options) {
        return new HandoutLayout(fonts, options.style(), options).layout(handout, format);
    }

    /**
     * A card deck as one face per page at trim size plus bleed: fronts only, or (duplex) each front
     * followed by its back, the order print shops expect for double-sided work.
     */
    public CardPdf cards(CardDeck deck, CardFormat format, boolean duplex, PdfMeta meta) {
        return cards(deck, format, duplex, meta, RenderOptions.DEFAULT);
    }

    /** {@code options.figures()}: pictures beside the steps where they fit without shrinking the text. */
    public CardPdf cards(CardDeck deck, CardFormat format, boolean duplex, PdfMeta meta, RenderOptions options) {
        CardLayout.CardSet set = new CardLayout(fonts).layout(deck, format, duplex, options.figures());
        List<Page> pages = new java.util.ArrayList<>();
        for (int i = 0; i < set.fronts().size(); i++) {
            pages.add(set.fronts().get(i));
            if (duplex) {
                pages.add(set.backs().get(i));
            }
        }
        return new CardPdf(painter.paint(pages, meta), set.fronts().size(), duplex, set.textSize());
    }

    /**
     * Checks that the fonts can draw every character of a catalogue, so `check` reports an emoji
     * before any document is made; the error names the move and field.
     */
    public void checkCoverage(org.movecard.catalogue.Catalogue catalogue) {
        fonts.requireGlyphs(catalogue.title(), Face.BOLD, "the catalogue title");
        fonts.requireGlyphs(catalogue.safety().title(), Face.BOLD, "the safety title");
        catalogue.safety().points().forEach(p -> fonts.requireGlyphs(p, Face.REGULAR, "a safety point"));
        catalogue.safety().cardPoints().forEach(p -> fonts.requireGlyphs(p, Face.REGULAR, "a safety card point"));
        if (catalogue.intro() != null) {
            fonts.requireGlyphs(catalogue.intro(), Face.REGULAR, "the intro");
        }
        catalogue.settings().forEach(s -> fonts.requireGlyphs(s.label(), Face.REGULAR, "setting \"" + s.id() + "\""));
        catalogue.regions().forEach(r -> fonts.requireGlyphs(r.label(), Face.REGULAR, "region \"" + r.id() + "\""));
        for (var move : catalogue.moves()) {
            String where = "move \"" + move.id() + "\"";
            fonts.requireGlyphs(move.name(), Face.BOLD, where + " name");
            for (int i = 0; i < move.steps().size(); i++) {
                fonts.requireGlyphs(move.steps().get(i), Face.REGULAR, where + " step " + (i + 1));
            }
            if (move.feel() != null) {
                fonts.requireGlyphs(move.feel(), Face.REGULAR, where + " feel note");
            }
            move.equipment().forEach(e -> fonts.requireGlyphs(e, Face.REGULAR, where + " equipment"));
            move.tips().forEach(t -> fonts.requireGlyphs(t, Face.REGULAR, where + " tip"));
        }
    }

    public Rendered handout(Handout handout, PageFormat format, PdfMeta meta) {
        return handout(handout, format, meta, RenderOptions.DEFAULT);
    }

    public Rendered handout(Handout handout, PageFormat format, PdfMeta meta, RenderOptions options) {
        List<Page> pages = layout(handout, format, options);
        return new Rendered(painter.paint(pages, meta), pages.size());
    }

    public List<Page> layout(TakeHomeSheet sheet, PageFormat format) {
        return layout(sheet, format, RenderOptions.DEFAULT);
    }

    /** Sheets use {@link Style#SHEET}, or {@link Style#LARGE_PRINT} when asked. */
    public List<Page> layout(TakeHomeSheet sheet, PageFormat format, RenderOptions options) {
        Style style = options.largePrint() ? Style.LARGE_PRINT : Style.SHEET;
        return new SheetLayout(fonts, style, options).layout(sheet, format);
    }

    public Rendered sheet(TakeHomeSheet sheet, PageFormat format, PdfMeta meta) {
        return sheet(sheet, format, meta, RenderOptions.DEFAULT);
    }

    public Rendered sheet(TakeHomeSheet sheet, PageFormat format, PdfMeta meta, RenderOptions options) {
        List<Page> pages = layout(sheet, format, options);
        return new Rendered(painter.paint(pages, meta), pages.size());
    }

    /** The fonts, for checking that text can be printed before anything is laid out. */
    public Fonts fonts() {
        return fonts;
    }
}
