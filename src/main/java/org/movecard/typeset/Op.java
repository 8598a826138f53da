package org.movecard.typeset;

import java.awt.Color;
import java.util.List;

/**
 * One drawing operation of a finished frame, in frame coordinates: origin at the frame's top left,
 * y growing downwards, units in points. The painter turns frames into PDF content.
 */
public sealed interface Op {

    /**
     * A run of text; {@code baseline} is the y of its baseline. {@code tag} says what the text is
     * within its frame (heading, list label …); {@code null} means the frame's own role decides.
     */
    record Text(float x, float baseline, String text, Face face, float size, Color color, Tag tag) implements Op {
        public Text(float x, float baseline, String text, Face face, float size, Color color) {
            this(x, baseline, text, face, size, color, null);
        }

        public Text tagged(Tag newTag) {
            return new Text(x, baseline, text, face, size, color, newTag);
        }
    }

    /**
     * The structure role of a text run inside its frame. Runs with equal tags in one frame form one
     * structure element; {@code item} tells list items apart.
     */
    record Tag(Kind kind, int item) {
        /** Heading text, a list item's label (the number) or body, or a plain paragraph. */
        public enum Kind { HEADING, LABEL, BODY, PARAGRAPH }

        public static final Tag HEADING = new Tag(Kind.HEADING, 0);
        public static final Tag PARAGRAPH = new Tag(Kind.PARAGRAPH, 0);

        public static Tag label(int item) {
            return new Tag(Kind.LABEL, item);
        }

        public static Tag body(int item) {
            return new Tag(Kind.BODY, item);
        }
    }

    /** A rectangle, filled and/or stroked ({@code null} colour = none), optionally with round corners. */
    record Box(float x, float y, float width, float height, Color fill, Color stroke, float strokeWidth,
               float radius) implements Op {
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float width, Color color) implements Op {
    }

    /** A filled circle. */
    record Disc(float cx, float cy, float r, Color color) implements Op {
    }

    /** A raster image (opaque RGB PNG bytes) scaled into the box whose top left is (x, y). */
    record Image(float x, float y, float width, float height, byte[] png) implements Op {
    }

    /** A filled polygon given as x,y pairs; corners are rounded by a stroke of the same colour. */
    record Polygon(List<Float> points, Color color, float roundness) implements Op {
        public Polygon {
            points = List.copyOf(points);
        }
    }

    /**
     * A polyline stroked with round caps and joins (limbs, arrows, props), closed back to its first
     * point when {@code closed}. Points are x,y pairs; at least two points.
     */
    record Stroke(List<Float> points, float width, Color color, boolean closed) implements Op {
        public Stroke {
            points = List.copyOf(points);
            if (points.size() < 4 || points.size() % 2 != 0) {
                throw new IllegalArgumentException("a stroke needs at least two x,y points");
            }
        }
    }

    /**
     * Ops that together show one picture (a pose figure, a region map, a QR code), with the text a
     * screen reader says instead.
     */
    record Figure(List<Op> ops, String alt) implements Op {
        public Figure {
            ops = List.copyOf(ops);
            if (alt == null || alt.isBlank()) {
                throw new IllegalArgumentException("a figure needs a text alternative");
            }
        }
    }
}
