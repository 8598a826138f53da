package org.movecard.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.movecard.layout.Op;

/**
 * Opaque RGB rasters as OpenPDF images, deflated once and reused for every document a painter
 * makes: OpenPDF would compress them again for each (a profile of a 1,000-sheet batch showed that
 * as its top cost); here they are handed over already compressed. Not thread-safe, like the painter.
 */
final class Images {
    private final Map<byte[], Image> cache = new IdentityHashMap<>();

    Image image(Op.Image op) {
        return cache.computeIfAbsent(op.rgb(), rgb -> deflated(rgb, op.columns(), op.rows()));
    }

    private static Image deflated(byte[] rgb, int columns, int rows) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater)) {
            out.write(rgb);
        } catch (IOException e) {
            throw new IllegalStateException("deflating in memory failed", e);
        } finally {
            deflater.end();
        }
        try {
            Image result = Image.getInstance(columns, rows, 3, 8, deflated.toByteArray());
            result.setDeflated(true);
            return result;
        } catch (BadElementException e) {
            throw new IllegalStateException("an RGB raster OpenPDF refused", e);
        }
    }
}
