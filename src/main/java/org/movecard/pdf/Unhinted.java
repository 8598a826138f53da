package org.movecard.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A TrueType font without its hinting: the glyphs' grid-fitting instructions (40 % of Noto Sans's
 * glyph data) and the tables only they use. Hints only matter when a rasteriser snaps outlines to
 * a screen's pixel grid at small sizes; printers and PDF viewers draw our text from the outlines,
 * which stay as they are, as do all metrics. The embedded subsets shrink by about a third.
 * A font that is not plain TrueType (or that cannot be read) is returned unchanged.
 *
 * <p>The build runs {@link #main} over the bundled fonts (pom.xml, process-classes), so a run pays
 * nothing for it: stripping both faces at start-up cost about 35 ms of a cold JVM's time.
 */
public final class Unhinted {
    /** The hinting programs and the digital signature (which no longer matches once glyphs change). */
    private static final Set<String> DROPPED = Set.of("fpgm", "prep", "cvt ", "DSIG", "hdmx", "LTSH", "VDMX");
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private Unhinted() {
    }

    /** Build step: rewrites every {@code .ttf} file in the given folders without its hinting. */
    public static void main(String[] folders) throws IOException {
        for (String folder : folders) {
            try (DirectoryStream<Path> fonts = Files.newDirectoryStream(Path.of(folder), "*.ttf")) {
                for (Path font : fonts) {
                    byte[] bytes = Files.readAllBytes(font);
                    byte[] stripped = of(bytes);
                    if (stripped != bytes) {
                        Files.write(font, stripped);
                    }
                }
            }
        }
    }

    static byte[] of(byte[] ttf) {
        try {
            return strip(ttf);
        } catch (RuntimeException e) {
            return ttf;
        }
    }

    private static byte[] strip(byte[] ttf) {
        ByteBuffer in = ByteBuffer.wrap(ttf);
        int version = in.getInt(0);
        if (version != 0x00010000) {
            return ttf;
        }
        int count = Short.toUnsignedInt(in.getShort(4));
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(ttf, entry, 4, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(entry + 8);
            int length = in.getInt(entry + 12);
            byte[] table = new byte[length];
            System.arraycopy(ttf, offset, table, 0, length);
            tables.put(tag, table);
        }
        if (!tables.containsKey("fpgm") && !tables.containsKey("prep") && !tables.containsKey("cvt ")) {
            return ttf;
        }
        byte[] head = tables.get("head");
        byte[] maxp = tables.get("maxp");
        byte[] glyf = tables.get("glyf");
        byte[] loca = tables.get("loca");
        if (head == null || maxp == null || glyf == null || loca == null) {
            return ttf;
        }
        boolean longLoca = ByteBuffer.wrap(head).getShort(50) == 1;
        int glyphs = Short.toUnsignedInt(ByteBuffer.wrap(maxp).getShort(4));
        ByteBuffer locations = ByteBuffer.wrap(loca);
        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(glyf.length);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (glyphs + 1));
        for (int g = 0; g < glyphs; g++) {
            int start = longLoca ? locations.getInt(4 * g) : 2 * Short.toUnsignedInt(locations.getShort(2 * g));
            int end = longLoca ? locations.getInt(4 * g + 4) : 2 * Short.toUnsignedInt(locations.getShort(2 * g + 2));
            newLoca.putInt(newGlyf.size());
            if (end > start) {
                byte[] glyph = withoutInstructions(glyf, start, end);
                newGlyf.write(glyph, 0, glyph.length);
                while (newGlyf.size() % 4 != 0) {
                    newGlyf.write(0);
                }
            }
        }
        newLoca.putInt(newGlyf.size());
        ByteBuffer.wrap(head).putShort(50, (short) 1);
        ByteBuffer.wrap(head).putInt(8, 0);
        if (maxp.length >= 28) {
            ByteBuffer.wrap(maxp).putShort(26, (short) 0);
        }
        tables.put("glyf", newGlyf.toByteArray());
        tables.put("loca", newLoca.array());
        DROPPED.forEach(tables::remove);
        return assemble(tables);
    }

    /** One glyph's bytes with an empty instruction program. */
    private static byte[] withoutInstructions(byte[] glyf, int start, int end) {
        ByteBuffer g = ByteBuffer.wrap(glyf, start, end - start).slice();
        int contours = g.getShort(0);
        if (contours >= 0) {
            int at = 10 + 2 * contours;
            int instructions = Short.toUnsignedInt(g.getShort(at));
            byte[] out = new byte[end - start - instructions];
            System.arraycopy(glyf, start, out, 0, at);
            // out[at], out[at + 1] stay 0: no instructions
            System.arraycopy(glyf, start + at + 2 + instructions, out, at + 2, end - start - at - 2 - instructions);
            return out;
        }
        byte[] out = new byte[end - start];
        System.arraycopy(glyf, start, out, 0, out.length);
        ByteBuffer c = ByteBuffer.wrap(out);
        int at = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(c.getShort(at));
            c.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        byte[] trimmed = new byte[at];
        System.arraycopy(out, 0, trimmed, 0, at);
        return trimmed;
    }

    /** An sfnt file from its tables (tags in order), with table checksums and the head adjustment. */
    private static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        int headOffset = -1;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            if (e.getKey().equals("head")) {
                headOffset = offset;
            }
            out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt(checksum(t, 0, t.length))
                    .putInt(offset).putInt(t.length);
            offset += (t.length + 3) & ~3;
        }
        for (byte[] t : tables.values()) {
            out.put(t);
            out.position((out.position() + 3) & ~3);
        }
        byte[] font = out.array();
        ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - checksum(font, 0, font.length)));
        return font;
    }

    private static int checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < length ? data[from + i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return (int) sum;
    }
}
