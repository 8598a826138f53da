package org.movecard.output;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * Safe, unique, sortable file names for a batch, derived from text that may be anything (a
 * patient's name): ASCII letters, digits and dashes only, so no separators, no "..", no control
 * characters; bounded in length; a repeated name gets "-2", "-3". Not thread-safe.
 */
public final class FileNames {
    /** Long enough to recognise a name, short enough for every file system and a directory listing. */
    public static final int MAX_STEM = 60;
    private static final String FALLBACK = "sheet";

    private final Path dir;
    private final Set<String> used = new HashSet<>();

    /** Names will be resolved inside {@code dir}. */
    public FileNames(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** "0012-anna-muller.pdf" for row 12 of a file of up to 9999 rows: the prefix keeps rows in order. */
    public Path next(String prefix, String text, String extension) {
        String stem = prefix + "-" + stem(text);
        String name = stem + extension;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + extension;
        }
        return inside(dir, name);
    }

    /**
     * "Zoë O'Brien-Smith" → "zoe-o-brien-smith". Accents are folded (NFKD minus combining marks);
     * every other character outside [a-z0-9] becomes a dash; at most {@link #MAX_STEM} characters.
     */
    public static String stem(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
                .toLowerCase(Locale.ROOT);
        String safe = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (safe.length() > MAX_STEM) {
            safe = safe.substring(0, MAX_STEM).replaceAll("-+$", "");
        }
        return safe.isEmpty() ? FALLBACK : safe;
    }

    /**
     * {@code dir/name}, checked to stay inside {@code dir} after normalisation. The stems above can
     * never leave it; this guards every caller anyway, because the cost of being wrong is a file
     * written anywhere on the machine.
     */
    public static Path inside(Path dir, String name) {
        Path base = dir.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || file.equals(base) || !file.getParent().equals(base)) {
            throw new UserError(ExitCode.INTERNAL, "refusing to write outside " + base, null);
        }
        return file;
    }
}
