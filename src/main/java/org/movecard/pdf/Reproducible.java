package org.movecard.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Makes OpenPDF's output a function of its input. OpenPDF draws the trailer /ID and the six-letter
 * font-subset prefixes from random sources. The prefixes come from {@link SubsetLetters}, a fixed
 * sequence each font is given before a document ({@link Fonts#restartSubsetNames()}), so they need no
 * repair afterwards; the /ID sits in the uncompressed cross-reference stream dictionary and is
 * replaced in place by a value of the same length derived from the content (offsets stay valid).
 */
final class Reproducible {
    private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})> ?\\]");

    private Reproducible() {
    }

    static byte[] fix(byte[] pdf) {
        // Works on the bytes in place: a regex over the whole file as a String cost a fifth of
        // a batch's CPU time. The /ID sits in an uncompressed dictionary, as ASCII. (Renaming the
        // subset prefixes here as well, a scan of every byte, cost a tenth of painting a sheet and
        // found nothing: with object streams they are compressed, and SubsetLetters fixed them.)
        byte[] out = pdf.clone();
        int id = lastId(out);
        if (id >= 0) {
            String tail = new String(out, id, out.length - id, StandardCharsets.ISO_8859_1);
            Matcher m = ID.matcher(tail);
            if (m.lookingAt()) {
                int first = id + m.start(1);
                int second = id + m.start(2);
                byte[] zeros = "0".repeat(32).getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(zeros, 0, out, first, 32);
                System.arraycopy(zeros, 0, out, second, 32);
                byte[] digest = HexFormat.of().formatHex(fingerprint(out)).toUpperCase()
                        .getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(digest, 0, out, first, 32);
                System.arraycopy(digest, 0, out, second, 32);
            }
        }
        return out;
    }

    /** Where the last "/ID" that starts an ID entry is: the trailer's, near the end of the file. */
    private static int lastId(byte[] bytes) {
        for (int i = bytes.length - 3; i >= 0; i--) {
            if (bytes[i] == '/' && bytes[i + 1] == 'I' && bytes[i + 2] == 'D'
                    && ID.matcher(new String(bytes, i, Math.min(80, bytes.length - i), StandardCharsets.ISO_8859_1))
                    .lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The random source OpenPDF's {@code BaseFont.createSubsetPrefix()} reads six doubles from, each
     * turned into a capital letter: here the letters of {@link #letters(int)}, in order.
     */
    static final class SubsetLetters extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final String letters;
        private int next;

        SubsetLetters(int index) {
            super(new NoSpi(), null);
            this.letters = letters(index);
        }

        @Override
        public synchronized double nextDouble() {
            char c = letters.charAt(next++ % letters.length());
            // OpenPDF computes (char) (nextDouble() * 26 + 'A'): the middle of the letter's interval.
            return (c - 'A' + 0.5) / 26;
        }
    }

    /** Never asked for bytes: only {@link SubsetLetters#nextDouble()} is used. */
    private static final class NoSpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;

        @Override
        protected void engineSetSeed(byte[] seed) {
            // nothing to seed
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            throw new UnsupportedOperationException("subset letters give doubles only");
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            throw new UnsupportedOperationException("subset letters give doubles only");
        }
    }

    /** Six capital letters, distinct for each subset in one file. */
    private static String letters(int index) {
        char[] c = "MCARDA".toCharArray();
        int n = index;
        for (int i = c.length - 1; i >= 0 && n > 0; i--) {
            c[i] = (char) ('A' + (c[i] - 'A' + n % 26) % 26);
            n /= 26;
        }
        return new String(c);
    }

    /**
     * 16 bytes that change with the content: CRC-32 and Adler-32 of the whole, CRC-32 of its second
     * half, and its length. The /ID only has to tell files apart, not resist forgery; a message
     * digest would cost a cold start 40 ms of interpreted hashing, these checksums run natively.
     */
    static byte[] fingerprint(byte[] bytes) {
        CRC32 whole = new CRC32();
        whole.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        CRC32 half = new CRC32();
        half.update(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        return ByteBuffer.allocate(16).putInt((int) whole.getValue()).putInt((int) adler.getValue())
                .putInt((int) half.getValue()).putInt(bytes.length).array();
    }
}
