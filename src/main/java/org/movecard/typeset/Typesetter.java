package org.movecard.typeset;

import java.util.List;
import org.movecard.document.Handout;

/**
 * The typesetting stage: document model + page format → PDF bytes. Holds parsed fonts, so make one
 * per thread and reuse it for many documents.
 */
public final class Typesetter {
    private final Fonts fonts = new Fonts();

    public List<Page> layout(Handout handout, PageFormat format) {
        return layout(handout, format, RenderOptions.DEFAULT);
    }

    public List<Page> layout(Handout handout, PageFormat format, RenderOptions options) {
        return new HandoutLayout(fonts, Style.HANDOUT, options).layout(handout, format);
    }

    public Rendered handout(Handout handout, PageFormat format, PdfMeta meta) {
        return handout(handout, format, meta, RenderOptions.DEFAULT);
    }

    public Rendered handout(Handout handout, PageFormat format, PdfMeta meta, RenderOptions options) {
        List<Page> pages = layout(handout, format, options);
        return new Rendered(new PdfPainter(fonts).paint(pages, meta), pages.size());
    }
}
