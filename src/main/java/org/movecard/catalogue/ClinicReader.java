package org.movecard.catalogue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a clinic profile as strictly as a catalogue (same mapper, same error wording, errors at
 * {@code file:line:column}), then loads its logo and flattens it to opaque RGB.
 */
public final class ClinicReader {
    static final String KIND = "clinic profile";
    /** A profile is a few hundred bytes. */
    static final int MAX_BYTES = 64 * 1024;
    /** Logos are small marks; a huge file is the wrong one. */
    static final int MAX_LOGO_BYTES = 5 * 1024 * 1024;
    /** Enough for a sharp 30 mm mark at 300 dpi; larger logos are scaled down to keep sheets small. */
    static final int MAX_LOGO_PIXELS = 400;
    /** The largest logo decoded at all (16 megapixels); a bigger declared size is a mistake or a decompression bomb. */
    static final int MAX_LOGO_SOURCE_SIDE = 4000;

    private ClinicReader() {
    }

    public static Clinic read(Path file) {
        String source = file.toString();
        byte[] bytes = CatalogueReader.readBytes(file, KIND);
        if (bytes.length > MAX_BYTES) {
            throw CatalogueError.ofFile(source, "file is larger than " + MAX_BYTES / 1024 + " KiB; a clinic profile "
                    + "is a small text file", "check that this is the clinic profile (see docs/clinic.md)");
        }
        String json = CatalogueReader.decodeUtf8(bytes, source);
        if (json.isBlank()) {
            throw CatalogueError.ofFile(source, "file is empty", Clinic.RULES);
        }
        SourceMap map = SourceMap.scan(CatalogueReader.JSON, json, source, KIND,
                "start the file with { and end it with }, e.g. { \"name\": \"Riverside Physiotherapy\", … }");
        Clinic clinic = JsonFields.read(new JsonFields.File(map, source, KIND), map.root(), Clinic.JSON);
        if (clinic.logo() == null) {
            return clinic;
        }
        SourceMap.Mark at = map.value("/logo");
        Path base = file.toAbsolutePath().getParent();
        Path logo;
        try {
            logo = base.resolve(clinic.logo());
        } catch (InvalidPathException e) {
            throw logoError(source, at, "the logo is not a valid file name", LOGO_PATH);
        }
        return clinic.withLogoImage(logo(logo, source, at));
    }

    private static final String LOGO_PATH = "give the logo's path relative to the clinic profile, e.g. \"logo.png\"";

    private static Logo logo(Path file, String source, SourceMap.Mark at) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw logoError(source, at, "the logo " + file.normalize() + " " + CatalogueReader.NOT_REGULAR,
                    "give the path of a PNG or JPEG file, relative to the clinic profile");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_LOGO_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw logoError(source, at, "logo file not found (looked for " + file.normalize() + ")",
                    LOGO_PATH);
        } catch (IOException e) {
            throw logoError(source, at, "cannot read the logo file " + file.normalize(),
                    "check that the file exists and is readable");
        }
        if (bytes.length > MAX_LOGO_BYTES) {
            throw logoError(source, at, "logo file is larger than " + MAX_LOGO_BYTES / (1024 * 1024) + " MiB",
                    "use a small PNG or JPEG, a few hundred pixels wide");
        }
        requirePngOrJpeg(bytes, source, at);
        requireModestSize(bytes, source, at);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw logoError(source, at, "the logo is not a PNG or JPEG image movecard can read",
                    "save the logo as PNG or JPEG (RGB)");
        }
        return flatten(image);
    }

    /** By content, not by name: a GIF renamed .png is still a GIF. */
    private static void requirePngOrJpeg(byte[] bytes, String source, SourceMap.Mark at) {
        if (startsWith(bytes, PNG_SIGNATURE) || startsWith(bytes, JPEG_SIGNATURE)) {
            return;
        }
        String kind = startsWith(bytes, new byte[] {'G', 'I', 'F', '8'}) ? "a GIF image"
                : startsWith(bytes, new byte[] {'R', 'I', 'F', 'F'}) ? "a RIFF (WebP?) file"
                : startsWith(bytes, new byte[] {'B', 'M'}) ? "a BMP image"
                : startsWith(bytes, new byte[] {'%', 'P', 'D', 'F'}) ? "a PDF" : null;
        if (kind == null) {
            throw logoError(source, at, "the logo is not a PNG or JPEG image movecard can read",
                    "save the logo as PNG or JPEG (RGB)");
        }
        throw logoError(source, at, "the logo file is " + kind + ", not a PNG or JPEG (whatever its name says)",
                "save the logo as PNG or JPEG (RGB), e.g. with an image editor's Export");
    }

    /**
     * The size declared in the header (PNG IHDR, JPEG SOF), read before any pixel is decoded: a
     * small file can declare a huge image, and decoding it would exhaust memory.
     */
    private static void requireModestSize(byte[] bytes, String source, SourceMap.Mark at) {
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return; // decoding reports it
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return; // a broken header: decoding reports it
        }
        if (width > MAX_LOGO_SOURCE_SIDE || height > MAX_LOGO_SOURCE_SIDE) {
            throw logoError(source, at, "the logo is " + width + " \u00d7 " + height + " pixels; at most "
                    + MAX_LOGO_SOURCE_SIDE + " \u00d7 " + MAX_LOGO_SOURCE_SIDE + " is accepted",
                    "scale the logo down to a few hundred pixels wide");
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Draws the image onto white, scaled down to at most {@link #MAX_LOGO_PIXELS}, as opaque RGB
     * pixels: no alpha channel, no ICC profile or gamma, whatever the input was.
     */
    static Logo flatten(BufferedImage image) {
        double scale = Math.min(1.0, (double) MAX_LOGO_PIXELS / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        byte[] bytes = new byte[w * h * 3];
        for (int i = 0; i < pixels.length; i++) {
            bytes[3 * i] = (byte) (pixels[i] >> 16);
            bytes[3 * i + 1] = (byte) (pixels[i] >> 8);
            bytes[3 * i + 2] = (byte) pixels[i];
        }
        return new Logo(bytes, w, h);
    }

    private static CatalogueError logoError(String source, SourceMap.Mark at, String problem, String hint) {
        return new CatalogueError(source, at.line(), at.column(), "/logo", problem, hint);
    }
}
