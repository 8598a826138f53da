package org.movecard.typeset;

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
    private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+");
    private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})> ?\\]");

    private Reproducible() {
    }

    static byte[] fix(byte[] pdf) {
        // ISO-8859-1 maps bytes to chars one to one, so string offsets are byte offsets.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(text);
        Map<String, String> prefixes = new HashMap<>();
        Matcher m = SUBSET.matcher(text);
        while (m.find()) {
            String fresh = prefixes.computeIfAbsent(m.group(1), p -> letters(prefixes.size()));
            out.replace(m.start(1), m.end(1), fresh);
        }
        Matcher id = ID.matcher(out);
        int last = -1;
        while (id.find()) {
            last = id.start();
        }
        if (last >= 0) {
            id.find(last);
            String zeros = "0".repeat(32);
            out.replace(id.start(1), id.end(1), zeros).replace(id.start(2), id.end(2), zeros);
            String digest = HexFormat.of().formatHex(sha256(out.toString().getBytes(StandardCharsets.ISO_8859_1)), 0, 16)
                    .toUpperCase();
            out.replace(id.start(1), id.end(1), digest).replace(id.start(2), id.end(2), digest);
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
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
