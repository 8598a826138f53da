package org.movecard.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.movecard.layout.Color;
import org.movecard.layout.Op;
import org.movecard.layout.Page;
import org.movecard.layout.PageFormat;

/**
 * Paints finished pages with OpenPDF into tagged PDF/A-2b + PDF/UA-1 bytes; the same pages give the
 * same bytes.
 */
public final class PdfPainter {
    static final String PRODUCER = "movecard";

    /** The output intent of every document; getting it loads the JDK's colour management. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // OpenPDF's first writer loads the calendar, time-zone names and locale data (it stamps a
        // creation date, removed below) and its name tables; its first close makes a file id with
        // MD5 and a string concatenation still to be linked. Done here, once, so that whichever
        // thread first makes a painter (the command line's warm-up, a server's first request) pays
        // for it, not the first document.
        PdfWriter.getInstance(new Document(), OutputStream.nullOutputStream());
        new PdfDate();
        PdfEncryption.createDocumentId();
    }

    private final Fonts fonts;
    private final Images images = new Images();

    public PdfPainter(Fonts fonts) {
        this.fonts = fonts;
    }

    public byte[] paint(List<Page> pages, PdfMeta meta) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("nothing to paint");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PageFormat first = pages.get(0).format();
        Document document = new Document(new Rectangle(first.width(), first.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setTagged();
            writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
            writer.setCompressionLevel(9);
            // Object streams and a cross-reference stream (PDF 1.5+, allowed by PDF/A-2 and PDF/UA-1):
            // the structure tree's hundreds of small dictionaries compress instead of standing as text.
            writer.setFullCompression();
            fonts.restartSubsetNames();
            writer.setXmpMetadata(Xmp.pdfA2b(meta, true));
            document.addTitle(meta.title());
            if (meta.subject() != null) {
                document.addSubject(meta.subject());
            }
            document.addCreator(PRODUCER);
            document.addProducer(PRODUCER);
            setBoxes(writer, first);
            document.open();
            addOutputIntent(writer);
            PdfDictionary catalog = writer.getExtraCatalog();
            catalog.put(PdfName.LANG, new PdfString(meta.language()));
            Tagger tagger = new Tagger(writer.getStructureTreeRoot());
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                if (i > 0) {
                    document.setPageSize(new Rectangle(page.format().width(), page.format().height()));
                    setBoxes(writer, page.format());
                    document.newPage();
                }
                paintPage(writer.getDirectContent(), page, tagger, i);
            }
            // OpenPDF stamps "now" on open whatever was asked before; dates come from the caller or not at all.
            writer.getInfo().remove(PdfName.CREATIONDATE);
            writer.getInfo().remove(PdfName.MODDATE);
            if (meta.date() != null) {
                PdfDate date = new PdfDate(utc(meta.date()));
                writer.getInfo().put(PdfName.CREATIONDATE, date);
                writer.getInfo().put(PdfName.MODDATE, date);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("PDF writing failed", e);
        }
        return Reproducible.fix(out.toByteArray());
    }

    /** Pages printed with bleed say where to cut (TrimBox) and how far the bleed reaches (BleedBox). */
    private static void setBoxes(PdfWriter writer, PageFormat format) {
        if (format.bleed() > 0) {
            float b = format.bleed();
            writer.setBoxSize("trim", new Rectangle(b, b, format.width() - b, format.height() - b));
            writer.setBoxSize("bleed", new Rectangle(0, 0, format.width(), format.height()));
        } else {
            writer.setBoxSize("trim", null);
            writer.setBoxSize("bleed", null);
        }
    }

    private static Calendar utc(java.time.Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static void addOutputIntent(PdfWriter writer) throws IOException {
        writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
        // OpenPDF writes the PDF/X subtype; PDF/A wants GTS_PDFA1.
        PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
        PdfDictionary intent = intents.getAsDict(0);
        intent.put(PdfName.S, new PdfName("GTS_PDFA1"));
    }

    private void paintPage(PdfContentByte cb, Page page, Tagger tagger, int index) {
        float height = page.format().height();
        for (Page.Placed placed : page.frames()) {
            tagger.startFrame(placed.frame(), index);
            for (Op op : placed.frame().ops()) {
                tagger.mark(cb, placed.frame(), op, () -> paint(cb, op, placed.x(), placed.y(), height));
            }
        }
        for (Op op : page.decorations()) {
            tagger.mark(cb, null, op, () -> paint(cb, op, 0, 0, height));
        }
    }

    private void paintImage(PdfContentByte cb, Op.Image op, float dx, float dy, float h) {
        try {
            cb.addImage(images.image(op), op.width(), 0, 0, op.height(), dx + op.x(),
                    h - (dy + op.y() + op.height()));
        } catch (DocumentException e) {
            throw new IllegalStateException("embedding an image failed", e);
        }
    }

    /** Draws one op offset by (dx, dy) in top-down coordinates on a page {@code h} high. */
    private void paint(PdfContentByte cb, Op op, float dx, float dy, float h) {
        op.accept(new Op.Visitor<Void>() {
            @Override
            public Void text(Op.Text t) {
                cb.saveState();
                cb.beginText();
                fillColor(cb, t.color());
                // Runs of one font each: a name in Chinese is drawn by the fallback font.
                float x = dx + t.x();
                for (Fonts.Run run : fonts.runs(t.text(), t.face())) {
                    cb.setFontAndSize(run.font(), t.size());
                    cb.setTextMatrix(x, h - (dy + t.baseline()));
                    cb.showText(run.text());
                    x += run.font().getWidthPoint(run.text(), t.size());
                }
                cb.endText();
                cb.restoreState();
                return null;
            }

            @Override
            public Void box(Op.Box b) {
                cb.saveState();
                float x = dx + b.x();
                float y = h - (dy + b.y() + b.height());
                if (b.radius() > 0) {
                    cb.roundRectangle(x, y, b.width(), b.height(), b.radius());
                } else {
                    cb.rectangle(x, y, b.width(), b.height());
                }
                if (b.fill() != null) {
                    fillColor(cb, b.fill());
                }
                if (b.stroke() != null) {
                    strokeColor(cb, b.stroke());
                    cb.setLineWidth(b.strokeWidth());
                }
                if (b.fill() != null && b.stroke() != null) {
                    cb.fillStroke();
                } else if (b.fill() != null) {
                    cb.fill();
                } else {
                    cb.stroke();
                }
                cb.restoreState();
                return null;
            }

            @Override
            public Void rule(Op.Rule r) {
                cb.saveState();
                strokeColor(cb, r.color());
                cb.setLineWidth(r.width());
                cb.moveTo(dx + r.x1(), h - (dy + r.y1()));
                cb.lineTo(dx + r.x2(), h - (dy + r.y2()));
                cb.stroke();
                cb.restoreState();
                return null;
            }

            @Override
            public Void disc(Op.Disc d) {
                cb.saveState();
                fillColor(cb, d.color());
                cb.circle(dx + d.cx(), h - (dy + d.cy()), d.r());
                cb.fill();
                cb.restoreState();
                return null;
            }

            @Override
            public Void image(Op.Image image) {
                cb.saveState();
                paintImage(cb, image, dx, dy, h);
                cb.restoreState();
                return null;
            }

            @Override
            public Void polygon(Op.Polygon p) {
                cb.saveState();
                path(cb, p.points(), dx, dy, h);
                cb.closePath();
                fillColor(cb, p.color());
                if (p.roundness() > 0) {
                    strokeColor(cb, p.color());
                    cb.setLineWidth(p.roundness());
                    cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
                    cb.fillStroke();
                } else {
                    cb.fill();
                }
                cb.restoreState();
                return null;
            }

            @Override
            public Void stroke(Op.Stroke s) {
                cb.saveState();
                path(cb, s.points(), dx, dy, h);
                if (s.closed()) {
                    cb.closePath();
                }
                strokeColor(cb, s.color());
                cb.setLineWidth(s.width());
                cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
                cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
                cb.stroke();
                cb.restoreState();
                return null;
            }

            @Override
            public Void figure(Op.Figure f) {
                f.ops().forEach(inner -> paint(cb, inner, dx, dy, h));
                return null;
            }
        });
    }

    private static void path(PdfContentByte cb, List<Float> pts, float dx, float dy, float h) {
        cb.moveTo(dx + pts.get(0), h - (dy + pts.get(1)));
        for (int i = 2; i < pts.size(); i += 2) {
            cb.lineTo(dx + pts.get(i), h - (dy + pts.get(i + 1)));
        }
    }

    private static void fillColor(PdfContentByte cb, Color c) {
        cb.setRGBColorFill(c.red(), c.green(), c.blue());
    }

    private static void strokeColor(PdfContentByte cb, Color c) {
        cb.setRGBColorStroke(c.red(), c.green(), c.blue());
    }
}
