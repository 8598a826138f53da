package org.movecard.cli;

/** "1 move", "2 moves": counts in messages read as English. */
final class Plural {
    private Plural() {
    }

    static String of(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
