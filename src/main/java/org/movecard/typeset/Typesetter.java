package org.movecard.typeset;

import java.util.List;
import org.movecard.document.Handout;
import org.movecard.document.TakeHomeSheet;

/**
 * The typesetting stage: document model + page format → PDF bytes. Holds parsed fonts, so make one
 * per thread and reuse it for many documents.
 */
public final class Typesetter {
    private final Fonts fonts = new Fonts();
    /** Kept for the typesetter's life so images decoded for one sheet serve the next. */
    private final PdfPainter painter = new PdfPainter(fonts);

    public List<Page> layout(Handout handout, PageFormat format) {
        return new HandoutLayout(fonts, Style.HANDOUT).layout(handout, format);
    }

    public Rendered handout(Handout handout, PageFormat format, PdfMeta meta) {
        List<Page> pages = layout(handout, format);
        return new Rendered(new PdfPainter(fonts).paint(pages, meta), pages.size());
    }

    public List<Page> layout(TakeHomeSheet sheet, PageFormat format) {
        return new SheetLayout(fonts, Style.SHEET).layout(sheet, format);
    }

    public Rendered sheet(TakeHomeSheet sheet, PageFormat format, PdfMeta meta) {
        List<Page> pages = layout(sheet, format);
        return new Rendered(painter.paint(pages, meta), pages.size());
    }

    /** The fonts, for checking that text can be printed before anything is laid out. */
    public Fonts fonts() {
        return fonts;
    }
}
