package org.movecard.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.movecard.layout.Frame;
import org.movecard.layout.Op;

/**
 * Builds the structure tree of an accessible PDF while pages are painted. Frames are painted in
 * reading order, so elements are created in reading order. Text goes into the element its frame role
 * and {@link Op.Tag} call for; everything else (boxes, rules, icons, footers) is marked an artifact.
 * Frames of one group (the lines of a paragraph, the slices of a safety box) share their elements.
 *
 * <p>Roles: TITLE → H1, HEADING → H2 (its meta line a P), PARAGRAPH and NOTE → P,
 * STEP → L / LI / Lbl + LBody, SAFETY → Sect with an H2 and a list or a P; an {@link Op.Figure}
 * anywhere → Figure with its text alternative.
 */
final class Tagger {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final PdfStructureElement document;
    /** Elements by (group, what, item, page): marked-content references are per page. */
    private final Map<List<Object>, PdfStructureElement> elements = new HashMap<>();
    /** The language of the run being marked when it is a bilingual document's second, else null. */
    private String language;
    private Object group;
    private int page;

    Tagger(PdfStructureTreeRoot root) {
        this.document = new PdfStructureElement(root, PdfName.DOCUMENT);
    }

    /** Call before painting each frame. */
    void startFrame(Frame frame, int pageIndex) {
        group = frame.group() != null ? frame.group() : new Object();
        page = pageIndex;
    }

    /** Paints {@code body} inside the marked content the op needs within {@code frame}. */
    void mark(PdfContentByte cb, Frame frame, Op op, Runnable body) {
        PdfStructureElement element = frame == null ? null : element(frame, op);
        if (element == null) {
            cb.beginMarkedContentSequence(ARTIFACT);
        } else {
            cb.beginMarkedContentSequence(element);
        }
        body.run();
        cb.endMarkedContentSequence();
    }

    /**
     * A run in a bilingual document's second language gets an element of its own beside the first
     * language's (a P beside a heading or paragraph, an LBody beside the step's), with its /Lang, so
     * a screen reader switches language for it. OpenPDF lets an element hold marked content or
     * child elements, not both, so it cannot be a Span inside the first language's element.
     */
    private PdfStructureElement element(Frame frame, Op op) {
        language = op instanceof Op.Text text && text.tag() != null ? text.tag().language() : null;
        return roleElement(frame, op);
    }

    private PdfStructureElement roleElement(Frame frame, Op op) {
        if (op instanceof Op.Figure figure) {
            PdfStructureElement element = new PdfStructureElement(document, PdfName.FIGURE);
            element.put(PdfName.ALT, new PdfString(figure.alt(), PdfObject.TEXT_UNICODE));
            return element;
        }
        if (!(op instanceof Op.Text text) || frame.role() == Frame.Role.ARTIFACT) {
            return null;
        }
        Op.Tag tag = text.tag() != null ? text.tag() : Op.Tag.PARAGRAPH;
        boolean heading = tag.kind() == Op.Tag.Kind.HEADING;
        switch (frame.role()) {
            case TITLE:
                return heading && language == null ? get(document, PdfName.H1, "H") : leaf(document, PdfName.P, "P", page);
            case HEADING:
                return heading && language == null ? get(document, PdfName.H2, "H") : leaf(document, PdfName.P, "P", page);
            case STEP:
                // A caption placed beside the steps (under a picture) is not part of the list.
                return tag.kind() == Op.Tag.Kind.PARAGRAPH ? leaf(document, PdfName.P, "P", page)
                        : listPart(document, tag);
            case SAFETY:
                PdfStructureElement section = get(document, PdfName.SECT, "Sect");
                if (heading) {
                    return leaf(section, PdfName.H2, "H", page);
                }
                return tag.kind() == Op.Tag.Kind.BODY ? listPart(section, tag) : leaf(section, PdfName.P, "P", page);
            default:
                return leaf(document, PdfName.P, "P", page);
        }
    }

    private PdfStructureElement listPart(PdfStructureElement parent, Op.Tag tag) {
        PdfStructureElement list = get(parent, PdfName.L, "L");
        PdfStructureElement item = get(list, PdfName.LI, "LI", tag.item());
        boolean label = tag.kind() == Op.Tag.Kind.LABEL;
        return leaf(item, label ? PdfName.LBL : PdfName.LBODY, label ? "Lbl" : "LBody", tag.item(), page);
    }

    /** An element that holds the run's marked content: one of its own, with /Lang, for a second language. */
    private PdfStructureElement leaf(PdfStructureElement parent, PdfName type, Object... key) {
        if (language == null) {
            return get(parent, type, key);
        }
        Object[] full = new Object[key.length + 1];
        System.arraycopy(key, 0, full, 0, key.length);
        full[key.length] = language;
        PdfStructureElement element = get(parent, type, full);
        element.put(PdfName.LANG, new PdfString(language));
        return element;
    }

    private PdfStructureElement get(PdfStructureElement parent, PdfName type, Object... key) {
        Object[] full = new Object[key.length + 1];
        full[0] = group;
        System.arraycopy(key, 0, full, 1, key.length);
        return elements.computeIfAbsent(List.of(full), k -> new PdfStructureElement(parent, type));
    }
}
