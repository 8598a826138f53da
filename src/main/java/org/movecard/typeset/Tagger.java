package org.movecard.typeset;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Builds the structure tree of an accessible PDF while pages are painted. Frames are painted in
 * reading order, so elements are created in reading order. Text goes into the element its frame role
 * and {@link Op.Tag} call for; everything else (boxes, rules, icons, footers) is marked an artifact.
 *
 * <p>Roles: TITLE → H1, HEADING → H2 (with its meta line as P), PARAGRAPH and NOTE → P,
 * STEP → L / LI / Lbl + LBody (one list per step list), SAFETY → Sect with an H2 and a list or P.
 */
final class Tagger {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final PdfStructureElement document;
    private final Map<Object, PdfStructureElement> lists = new IdentityHashMap<>();
    private final Map<String, PdfStructureElement> items = new HashMap<>();
    private final Map<Object, Integer> listIds = new IdentityHashMap<>();
    /** Elements of the frame being painted, by tag. */
    private final Map<Op.Tag, PdfStructureElement> current = new HashMap<>();
    private PdfStructureElement section;
    private PdfStructureElement sectionList;
    private int page;

    Tagger(PdfStructureTreeRoot root) {
        this.document = new PdfStructureElement(root, PdfName.DOCUMENT);
    }

    /** Call before painting each frame. */
    void startFrame(Frame frame, int pageIndex) {
        current.clear();
        page = pageIndex;
        section = null;
        sectionList = null;
        if (frame.role() == Frame.Role.SAFETY) {
            section = new PdfStructureElement(document, PdfName.SECT);
        }
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

    private PdfStructureElement element(Frame frame, Op op) {
        if (!(op instanceof Op.Text text) || frame.role() == Frame.Role.ARTIFACT) {
            return null;
        }
        Op.Tag tag = text.tag() != null ? text.tag() : Op.Tag.PARAGRAPH;
        switch (frame.role()) {
            case TITLE:
                return current.computeIfAbsent(tag, t -> new PdfStructureElement(document,
                        t.kind() == Op.Tag.Kind.HEADING ? PdfName.H1 : PdfName.P));
            case HEADING:
                return current.computeIfAbsent(tag, t -> new PdfStructureElement(document,
                        t.kind() == Op.Tag.Kind.HEADING ? PdfName.H2 : PdfName.P));
            case STEP:
                return listPart(frame, tag);
            case SAFETY:
                return safetyPart(tag);
            default:
                return current.computeIfAbsent(Op.Tag.PARAGRAPH, t -> new PdfStructureElement(document, PdfName.P));
        }
    }

    private PdfStructureElement listPart(Frame frame, Op.Tag tag) {
        Object group = frame.group() != null ? frame.group() : frame;
        PdfStructureElement list = lists.computeIfAbsent(group, g -> new PdfStructureElement(document, PdfName.L));
        int listId = listIds.computeIfAbsent(group, g -> listIds.size());
        PdfStructureElement item = items.computeIfAbsent(listId + "/" + tag.item(),
                k -> new PdfStructureElement(list, PdfName.LI));
        // A body continued on another page gets its own LBody: marked-content references are per page.
        String key = listId + "/" + tag.item() + "/" + tag.kind() + "/" + page;
        return items.computeIfAbsent(key, k -> new PdfStructureElement(item,
                tag.kind() == Op.Tag.Kind.LABEL ? PdfName.LBL : PdfName.LBODY));
    }

    private PdfStructureElement safetyPart(Op.Tag tag) {
        if (tag.kind() == Op.Tag.Kind.HEADING) {
            return current.computeIfAbsent(Op.Tag.HEADING, t -> new PdfStructureElement(section, PdfName.H2));
        }
        if (tag.kind() == Op.Tag.Kind.BODY) {
            if (sectionList == null) {
                sectionList = new PdfStructureElement(section, PdfName.L);
            }
            return current.computeIfAbsent(tag, t -> new PdfStructureElement(
                    new PdfStructureElement(sectionList, PdfName.LI), PdfName.LBODY));
        }
        return current.computeIfAbsent(Op.Tag.PARAGRAPH, t -> new PdfStructureElement(section, PdfName.P));
    }
}
