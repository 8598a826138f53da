package org.movecard.cli;

/**
 * Makes text from files and arguments safe to print: an error message may quote a catalogue, a
 * clinic profile or a CSV cell, and an ESC or BEL in it would reach the user's terminal as a
 * command (retitle the window, clear the screen, fake earlier lines). Every C0 and C1 control,
 * DEL, the line and paragraph separators and the bidirectional overrides are shown as
 * {@code \u001B}, so the message stays one visible line.
 */
final class Terminal {
    private Terminal() {
    }

    static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(Terminal::unsafe)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (unsafe(cp)) {
                safe.append(String.format("\\u%04X", cp));
            } else {
                safe.appendCodePoint(cp);
            }
        });
        return safe.toString();
    }

    private static boolean unsafe(int cp) {
        return Character.isISOControl(cp)              // C0, DEL, C1 (tab and line breaks too: one line per message)
                || cp == 0x2028 || cp == 0x2029        // line and paragraph separators
                || (cp >= 0x202A && cp <= 0x202E)      // bidirectional embeddings and overrides
                || (cp >= 0x2066 && cp <= 0x2069);     // bidirectional isolates
    }
}
