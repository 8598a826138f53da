package org.movecard.press;

import static org.movecard.layout.PageFormat.MM;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.movecard.layout.CardFormat;
import org.movecard.pdf.CardPdf;
import org.movecard.pdf.PdfMeta;
import org.movecard.pdf.Xmp;

/**
 * Imposes finished card pages on sheets: each card page becomes a form XObject placed under a
 * transform, crop marks go outside the grid. With duplex, every front sheet is followed by a back
 * sheet where each card's back lands exactly behind its front once the sheet is turned over.
 */
public final class Imposition {
    private static final float MARK_WIDTH = 0.25f;

    private Imposition() {
    }

    /** The imposed PDF and how many physical sheets it takes (fronts and backs of a sheet count once). */
    public record Imposed(byte[] bytes, int sheets) {
    }

    /** {@code offsetX}/{@code offsetY} move every back by that many millimetres. */
    public static Imposed impose(CardPdf cards, SheetPlan plan, Duplex duplex, float offsetX, float offsetY,
                                 PdfMeta meta) {
        boolean backs = duplex != Duplex.NONE;
        if (backs != cards.duplex()) {
            throw new IllegalArgumentException("card pages and duplex mode disagree");
        }
        try (PDDocument source = Loader.loadPDF(cards.bytes()); PDDocument out = new PDDocument()) {
            LayerUtility layers = new LayerUtility(out);
            int perSheet = plan.count();
            int sheets = (cards.cards() + perSheet - 1) / perSheet;
            PDRectangle size = new PDRectangle(plan.sheet().width(), plan.sheet().height());
            for (int s = 0; s < sheets; s++) {
                int first = s * perSheet;
                int last = Math.min(cards.cards(), first + perSheet);
                PDPage front = newPage(out, size);
                List<float[]> frontTrims = new ArrayList<>();
                try (PDPageContentStream cs = new PDPageContentStream(out, front)) {
                    for (int i = first; i < last; i++) {
                        PDFormXObject form = layers.importPageAsForm(source, backs ? 2 * i : i);
                        AffineTransform t = frontTransform(plan, plan.cells().get(i - first));
                        place(cs, form, t);
                        frontTrims.add(trim(plan, t));
                    }
                    drawMarks(cs, frontTrims);
                }
                if (backs) {
                    PDPage back = newPage(out, size);
                    List<float[]> backTrims = new ArrayList<>();
                    try (PDPageContentStream cs = new PDPageContentStream(out, back)) {
                        for (int i = first; i < last; i++) {
                            PDFormXObject form = layers.importPageAsForm(source, 2 * i + 1);
                            AffineTransform t = backTransform(plan, duplex, frontTransform(plan,
                                    plan.cells().get(i - first)), offsetX * MM, offsetY * MM);
                            place(cs, form, t);
                            backTrims.add(trim(plan, t));
                        }
                        drawMarks(cs, backTrims);
                    }
                }
            }
            makeArchival(out, meta, cards, plan, duplex, offsetX, offsetY);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return new Imposed(bytes.toByteArray(), sheets);
        } catch (IOException e) {
            throw new UncheckedIOException("imposition failed", e);
        }
    }

    /**
     * Card page space → sheet space. The card's trim (inset by its bleed) lands on the cell; turned
     * cards are rotated a quarter counter-clockwise.
     */
    static AffineTransform frontTransform(SheetPlan plan, SheetPlan.Cell cell) {
        float bleed = CardFormat.BLEED;
        AffineTransform t = new AffineTransform();
        if (plan.rotated()) {
            t.translate(cell.x() + cell.width(), cell.y());
            t.rotate(Math.PI / 2);
            t.translate(-bleed, -bleed);
        } else {
            t.translate(cell.x() - bleed, cell.y() - bleed);
        }
        return t;
    }

    /**
     * Back page space → back-sheet space: mirror the card (it is turned like a book page to be read),
     * place it as its front, then mirror the sheet the way the printer turns it. The two mirrors make
     * a plain placement (long edge) or a half turn (short edge); then the printer correction.
     */
    static AffineTransform backTransform(SheetPlan plan, Duplex duplex, AffineTransform front,
                                         float offsetX, float offsetY) {
        float w = plan.card().page().width();
        AffineTransform sheetMirror = duplex == Duplex.LONG_EDGE
                ? new AffineTransform(-1, 0, 0, 1, plan.sheet().width(), 0)
                : new AffineTransform(1, 0, 0, -1, 0, plan.sheet().height());
        AffineTransform cardMirror = new AffineTransform(-1, 0, 0, 1, w, 0);
        AffineTransform t = AffineTransform.getTranslateInstance(offsetX, offsetY);
        t.concatenate(sheetMirror);
        t.concatenate(front);
        t.concatenate(cardMirror);
        return t;
    }

    private static void place(PDPageContentStream cs, PDFormXObject form, AffineTransform t) throws IOException {
        cs.saveGraphicsState();
        cs.transform(new Matrix(t));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /** The card's trim rectangle on the sheet as {minX, minY, maxX, maxY}. */
    static float[] trim(SheetPlan plan, AffineTransform t) {
        float b = CardFormat.BLEED;
        float w = plan.card().page().width();
        float h = plan.card().page().height();
        double[] corners = {b, b, w - b, b, b, h - b, w - b, h - b};
        double[] placed = new double[8];
        t.transform(corners, 0, placed, 0, 4);
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < 8; i += 2) {
            minX = Math.min(minX, (float) placed[i]);
            maxX = Math.max(maxX, (float) placed[i]);
            minY = Math.min(minY, (float) placed[i + 1]);
            maxY = Math.max(maxY, (float) placed[i + 1]);
        }
        return new float[] {minX, minY, maxX, maxY};
    }

    /**
     * Marks on every cut line, outside the grid only: between cards the gutter is all bleed, so a
     * mark there would print on a neighbour. Each mark is {x1, y1, x2, y2}.
     */
    static List<float[]> cropMarks(List<float[]> trims) {
        TreeSet<Float> xs = new TreeSet<>();
        TreeSet<Float> ys = new TreeSet<>();
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] t : trims) {
            xs.add(round(t[0]));
            xs.add(round(t[2]));
            ys.add(round(t[1]));
            ys.add(round(t[3]));
            minX = Math.min(minX, t[0]);
            minY = Math.min(minY, t[1]);
            maxX = Math.max(maxX, t[2]);
            maxY = Math.max(maxY, t[3]);
        }
        float off = SheetPlan.MARK_OFFSET;
        float len = SheetPlan.MARK_LENGTH;
        List<float[]> marks = new ArrayList<>();
        for (float x : xs) {
            marks.add(new float[] {x, maxY + off, x, maxY + off + len});
            marks.add(new float[] {x, minY - off, x, minY - off - len});
        }
        for (float y : ys) {
            marks.add(new float[] {minX - off, y, minX - off - len, y});
            marks.add(new float[] {maxX + off, y, maxX + off + len, y});
        }
        return marks;
    }

    private static void drawMarks(PDPageContentStream cs, List<float[]> trims) throws IOException {
        cs.saveGraphicsState();
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(MARK_WIDTH);
        for (float[] m : cropMarks(trims)) {
            cs.moveTo(m[0], m[1]);
            cs.lineTo(m[2], m[3]);
            cs.stroke();
        }
        cs.restoreGraphicsState();
    }

    private static float round(float v) {
        return Math.round(v * 100f) / 100f;
    }

    private static PDPage newPage(PDDocument out, PDRectangle size) {
        PDPage page = new PDPage(size);
        out.addPage(page);
        return page;
    }

    /** PDF/A-2b: XMP, sRGB output intent, title, language and an /ID derived from the inputs. */
    private static void makeArchival(PDDocument out, PdfMeta meta, CardPdf cards, SheetPlan plan, Duplex duplex,
                                     float offsetX, float offsetY) throws IOException {
        PDMetadata xmp = new PDMetadata(out);
        xmp.importXMPMetadata(Xmp.pdfA2b(meta, false));
        out.getDocumentCatalog().setMetadata(xmp);
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(out, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        out.getDocumentCatalog().addOutputIntent(intent);
        out.getDocumentCatalog().setLanguage(meta.language());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        if (meta.subject() != null) {
            info.setSubject(meta.subject());
        }
        info.setCreator("movecard");
        info.setProducer("movecard");
        if (meta.date() != null) {
            java.util.Calendar c = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            c.setTimeInMillis(meta.date().toEpochMilli());
            info.setCreationDate(c);
            info.setModificationDate(c);
        }
        out.setDocumentInformation(info);
        out.getDocument().setVersion(1.7f);
        byte[] id = Arrays.copyOf(digest(cards.bytes(), plan.toString(), duplex.label(), offsetX, offsetY), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        out.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(byte[] pdf, String plan, String duplex, float x, float y) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pdf);
            sha.update(plan.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(duplex.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(ByteBuffer.allocate(8).putFloat(x).putFloat(y).array());
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
