package org.movecard.document;

import java.util.List;

/**
 * A piece of a document that knows its role. The role decides its style on paper and its tag in an
 * accessible PDF (heading → H1/H2, step list → L/LI, note and paragraph → P, safety box → its own
 * labelled group). Blocks carry text only; no PDF library is involved here.
 */
public sealed interface Block {

    /** A document title (level 1) or a move heading (level 2). */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level " + level);
            }
            Texts.require(text, "heading");
        }
    }

    /**
     * Running text of a known kind; {@code label}, when not null, is set in bold before it ("Tip:",
     * "You'll need:"). The kind, not the label, tells documents what the paragraph is.
     */
    record Paragraph(Kind kind, String label, String text, Second second) implements Block {
        public Paragraph {
            if (kind == null) {
                throw new IllegalArgumentException("a paragraph needs a kind");
            }
            Texts.require(text, "paragraph");
        }

        public Paragraph(Kind kind, String label, String text) {
            this(kind, label, text, null);
        }

        /** What a paragraph says; a dose is set in bold. */
        public enum Kind { INTRO, EQUIPMENT, DOSE, TIP, NOTE, GENERAL_NOTES }
    }

    /** The numbered steps of a move, in order. */
    /** {@code seconds}: empty, or each step in the second language, printed under it. */
    record StepList(List<String> steps, List<Second> seconds) implements Block {
        public StepList {
            steps = List.copyOf(steps);
            seconds = List.copyOf(seconds);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a step list has at least one step");
            }
            if (!seconds.isEmpty() && seconds.size() != steps.size()) {
                throw new IllegalArgumentException("a step list has a second language for every step or none");
            }
        }

        public StepList(List<String> steps) {
            this(steps, List.of());
        }
    }

    /** The "You'll feel this in …" note, set apart from the steps. */
    record FeelNote(String text, Second second) implements Block {
        public FeelNote {
            Texts.require(text, "feel note");
        }

        public FeelNote(String text) {
            this(text, null);
        }
    }

    /**
     * The same text in a bilingual document's second language (a BCP 47 tag), printed right after
     * its block's own text, set apart, and tagged in its language; {@code label} may be null.
     */
    record Second(String language, String label, String text) {
        public Second {
            Texts.require(language, "second language");
            Texts.require(text, "second-language");
        }
    }

    /**
     * The safety box: a signal word, a title and its points; always bordered and coloured.
     * {@code language} is null, or the BCP 47 tag of a bilingual handout's second language when the
     * box is that language's own. {@code titleSignals}: the title says what the signal word says
     * ("Stop and call us on …"), so it is set as the signal and the word is not printed above it.
     */
    record SafetyBox(String signalWord, String title, List<String> points, String language, boolean titleSignals)
            implements Block {
        public SafetyBox {
            Texts.require(signalWord, "signal word");
            Texts.require(title, "safety title");
            points = List.copyOf(points);
        }

        public SafetyBox(String signalWord, String title, List<String> points, String language) {
            this(signalWord, title, points, language, false);
        }

        /** A box in the document's language. */
        public SafetyBox(String signalWord, String title, List<String> points) {
            this(signalWord, title, points, null, false);
        }

        /** A box in the document's language whose title is its signal (see {@code titleSignals}). */
        public static SafetyBox signalledByTitle(String signalWord, String title, List<String> points) {
            return new SafetyBox(signalWord, title, points, null, true);
        }
    }

    /** Text checks for blocks. */
    final class Texts {
        private Texts() {
        }

        static void require(String text, String what) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(what + " text is empty");
            }
        }
    }
}
