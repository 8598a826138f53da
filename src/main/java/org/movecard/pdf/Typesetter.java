package org.movecard.pdf;

import java.util.List;
import org.movecard.catalogue.Catalogue;
import org.movecard.document.CardDeck;
import org.movecard.document.Handout;
import org.movecard.document.TakeHomeSheet;
import org.movecard.layout.CardFormat;
import org.movecard.layout.CardLayout;
import org.movecard.layout.ContactSheetLayout;
import org.movecard.layout.Face;
import org.movecard.layout.Frame;
import org.movecard.layout.HandoutLayout;
import org.movecard.layout.Op;
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
    /** The last sheet's layout: the next sheet of a batch reuses what they have in common. */
    private SheetLayout sheets;

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
        fonts.requireGlyphs(catalogue.title(), Face.BOLD, "the catalogue title", "/title");
        fonts.requireGlyphs(catalogue.safety().title(), Face.BOLD, "the safety title", "/safety/title");
        each(catalogue.safety().points(), Face.REGULAR, i -> "safety point " + (i + 1), "/safety/points/");
        each(catalogue.safety().shortPoints(), Face.REGULAR, i -> "short safety point " + (i + 1), "/safety/shortPoints/");
        if (catalogue.intro() != null) {
            fonts.requireGlyphs(catalogue.intro(), Face.REGULAR, "the intro", "/intro");
        }
        for (int i = 0; i < catalogue.settings().size(); i++) {
            var setting = catalogue.settings().get(i);
            fonts.requireGlyphs(setting.label(), Face.REGULAR, "setting \"" + setting.id() + "\"", "/settings/" + i + "/label");
        }
        for (int i = 0; i < catalogue.regions().size(); i++) {
            var region = catalogue.regions().get(i);
            fonts.requireGlyphs(region.label(), Face.REGULAR, "region \"" + region.id() + "\"", "/regions/" + i + "/label");
        }
        for (int m = 0; m < catalogue.moves().size(); m++) {
            var move = catalogue.moves().get(m);
            String where = "move \"" + move.id() + "\"";
            String at = "/moves/" + m;
            fonts.requireGlyphs(move.name(), Face.BOLD, where + " name", at + "/name");
            each(move.steps(), Face.REGULAR, i -> where + " step " + (i + 1), at + "/steps/");
            if (move.feel() != null) {
                fonts.requireGlyphs(move.feel(), Face.REGULAR, where + " feel note", at + "/feel");
            }
            each(move.equipment(), Face.REGULAR, i -> where + " equipment", at + "/equipment/");
            each(move.tips(), Face.REGULAR, i -> where + " tip", at + "/tips/");
        }
    }

    /** As {@link #checkCoverage(org.movecard.catalogue.Catalogue)} for the fields of a clinic profile a sheet prints. */
    public void checkCoverage(org.movecard.catalogue.Clinic clinic) {
        fonts.requireGlyphs(clinic.name(), Face.BOLD, "the clinic name", "/name");
        each(clinic.address(), Face.REGULAR, i -> "the clinic address", "/address/");
        fonts.requireGlyphs(clinic.phone(), Face.BOLD, "the clinic phone", "/phone");
        if (clinic.email() != null) {
            fonts.requireGlyphs(clinic.email(), Face.REGULAR, "the clinic e-mail", "/email");
        }
        if (clinic.web() != null) {
            fonts.requireGlyphs(clinic.web(), Face.REGULAR, "the clinic web address", "/web");
        }
        each(clinic.callUsIf(), Face.REGULAR, i -> "stop-and-call point " + (i + 1), "/callUsIf/");
    }

    /** Each text of a list, placed at {@code pointer} + its index. */
    private void each(List<String> texts, Face face, java.util.function.IntFunction<String> where, String pointer) {
        for (int i = 0; i < texts.size(); i++) {
            fonts.requireGlyphs(texts.get(i), face, where.apply(i), pointer + i);
        }
    }

    public Rendered handout(Handout handout, PageFormat format, PdfMeta meta) {
        return handout(handout, format, meta, RenderOptions.DEFAULT);
    }

    public Rendered handout(Handout handout, PageFormat format, PdfMeta meta, RenderOptions options) {
        HandoutLayout.Laid laid = new HandoutLayout(fonts, options.style(), options).fit(handout, format);
        return new Rendered(painter.paint(laid.pages(), meta), laid.pages().size(), laid);
    }

    /**
     * The contact sheet of a catalogue's figures (every pose on its grid, joints named);
     * {@code source} names the catalogue in the error for one without figures.
     */
    public Rendered figures(Catalogue catalogue, String source, PdfMeta meta) {
        List<Page> pages = new ContactSheetLayout(fonts).layout(catalogue, source);
        return new Rendered(painter.paint(pages, meta), pages.size());
    }

    public List<Page> layout(TakeHomeSheet sheet, PageFormat format) {
        return layout(sheet, format, RenderOptions.DEFAULT);
    }

    /** Sheets use {@link Style#SHEET}, or {@link Style#LARGE_PRINT} when asked. */
    public List<Page> layout(TakeHomeSheet sheet, PageFormat format, RenderOptions options) {
        Style style = options.largePrint() ? Style.LARGE_PRINT : Style.SHEET;
        if (sheets == null || !sheets.sets(style, options)) {
            sheets = new SheetLayout(fonts, style, options);
        }
        return sheets.layout(sheet, format);
    }

    public Rendered sheet(TakeHomeSheet sheet, PageFormat format, PdfMeta meta) {
        return sheet(sheet, format, meta, RenderOptions.DEFAULT);
    }

    public Rendered sheet(TakeHomeSheet sheet, PageFormat format, PdfMeta meta, RenderOptions options) {
        List<Page> pages = layout(sheet, format, options);
        return new Rendered(painter.paint(pages, meta), pages.size());
    }

    /** The fonts, for checking that text can be printed before anything is laid out. */
    /** Loose ops (a move's figure, say) painted untagged on one page of their own, for a screen preview. */
    public byte[] picture(List<Op> ops, float width, float height, String title) {
        PageFormat format = new PageFormat("picture", width, height, 0);
        Frame frame = new Frame(height, 0, ops, Frame.Role.ARTIFACT, false);
        Page page = new Page(format, List.of(new Page.Placed(frame, 0, 0)), List.of());
        return painter.paint(List.of(page), new PdfMeta(title, null, "en", null));
    }

    public Fonts fonts() {
        return fonts;
    }
}
