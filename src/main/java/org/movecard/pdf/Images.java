package org.movecard.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Opaque RGB PNGs as OpenPDF images, decoded once and reused for every document a painter makes.
 * OpenPDF 2.0.5 decodes a PNG through java.awt pixel by pixel and compresses it again for every
 * document (a profile of a 1,000-sheet batch showed it as the top cost); here the pixels are
 * deflated once and handed over as already compressed. Not thread-safe, like the painter.
 */
final class Images {
    private final Map<byte[], Image> cache = new IdentityHashMap<>();

    Image image(byte[] png) {
        return cache.computeIfAbsent(png, Images::decode);
    }

    private static Image decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int w = image.getWidth();
            int h = image.getHeight();
            int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater)) {
                byte[] row = new byte[w * 3];
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int p = argb[y * w + x];
                        row[3 * x] = (byte) (p >> 16);
                        row[3 * x + 1] = (byte) (p >> 8);
                        row[3 * x + 2] = (byte) p;
                    }
                    out.write(row);
                }
            } finally {
                deflater.end();
            }
            Image result = Image.getInstance(w, h, 3, 8, deflated.toByteArray());
            result.setDeflated(true);
            return result;
        } catch (IOException | BadElementException e) {
            throw new IllegalStateException("a logo that was read before cannot be decoded", e);
        }
    }
}
