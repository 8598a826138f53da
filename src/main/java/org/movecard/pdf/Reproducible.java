package org.movecard.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes OpenPDF's output a function of its input. OpenPDF draws the trailer /ID and the six-letter
 * font-subset prefixes from a random source and offers no way to set them; both sit in uncompressed
 * dictionaries, so they are replaced in place by values of the same length derived from the content
 * (offsets in the cross-reference table stay valid).
 */
final class Reproducible {
    private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})> ?\\]");

    private Reproducible() {
    }

    static byte[] fix(byte[] pdf) {
        // Works on the bytes in place: a regex over the whole file as a String cost a fifth of
        // a batch's CPU time. Both values sit in uncompressed dictionaries, as ASCII.
        byte[] out = pdf.clone();
        Map<String, String> prefixes = new HashMap<>();
        for (int plus = 7; plus < out.length; plus++) {
            if (out[plus] == '+' && out[plus - 7] == '/' && capitals(out, plus - 6, plus)) {
                String old = new String(out, plus - 6, 6, StandardCharsets.ISO_8859_1);
                byte[] fresh = prefixes.computeIfAbsent(old, p -> letters(prefixes.size()))
                        .getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(fresh, 0, out, plus - 6, 6);
            }
        }
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
                byte[] digest = HexFormat.of().formatHex(sha256(out), 0, 16).toUpperCase()
                        .getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(digest, 0, out, first, 32);
                System.arraycopy(digest, 0, out, second, 32);
            }
        }
        return out;
    }

    private static boolean capitals(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 'A' || bytes[i] > 'Z') {
                return false;
            }
        }
        return true;
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

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
