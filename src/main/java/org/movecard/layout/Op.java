package org.movecard.layout;

import java.util.List;

/**
 * One drawing operation of a finished frame, in frame coordinates: origin at the frame's top left,
 * y growing downwards, units in points. The painter turns frames into PDF content.
 */
public sealed interface Op {

    /** Calls the visitor's method for this op's kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of op: code that handles ops implements all of them, so a new kind fails
     * to compile wherever it is not handled yet (Java 17 has no exhaustive pattern switch).
     */
    interface Visitor<R> {
        R text(Text text);

        R box(Box box);

        R rule(Rule rule);

        R disc(Disc disc);

        R image(Image image);

        R polygon(Polygon polygon);

        R stroke(Stroke stroke);

        R figure(Figure figure);
    }

    /**
     * A run of text; {@code baseline} is the y of its baseline. {@code tag} says what the text is
     * within its frame (heading, list label …); {@code null} means the frame's own role decides.
     */
    record Text(float x, float baseline, String text, Face face, float size, Color color, Tag tag) implements Op {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }

        public Text(float x, float baseline, String text, Face face, float size, Color color) {
            this(x, baseline, text, face, size, color, null);
        }

        public Text tagged(Tag newTag) {
            return new Text(x, baseline, text, face, size, color, newTag);
        }
    }

    /**
     * The structure role of a text run inside its frame. Runs with equal tags in one frame form one
     * structure element; {@code item} tells list items apart. {@code language}, when not null, is the
     * BCP 47 tag of a run in a bilingual document's second language (a screen reader switches voice).
     */
    record Tag(Kind kind, int item, String language) {
        public Tag(Kind kind, int item) {
            this(kind, item, null);
        }

        /** The same role for text in {@code newLanguage}. */
        public Tag in(String newLanguage) {
            return new Tag(kind, item, newLanguage);
        }

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
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.box(this);
        }

    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float width, Color color) implements Op {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rule(this);
        }

    }

    /** A filled circle. */
    record Disc(float cx, float cy, float r, Color color) implements Op {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.disc(this);
        }

    }

    /**
     * A raster image scaled into the box whose top left is (x, y): {@code rgb} holds opaque 8-bit
     * RGB pixels row by row, {@code columns} × {@code rows} of them.
     */
    record Image(float x, float y, float width, float height, byte[] rgb, int columns, int rows) implements Op {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }

    }

    /** A filled polygon given as x,y pairs; corners are rounded by a stroke of the same colour. */
    record Polygon(List<Float> points, Color color, float roundness) implements Op {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.polygon(this);
        }

        public Polygon {
            points = List.copyOf(points);
        }
    }

    /**
     * A polyline stroked with round caps and joins (limbs, arrows, props), closed back to its first
     * point when {@code closed}. Points are x,y pairs; at least two points.
     */
    record Stroke(List<Float> points, float width, Color color, boolean closed) implements Op {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stroke(this);
        }

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
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.figure(this);
        }

        public Figure {
            ops = List.copyOf(ops);
            if (alt == null || alt.isBlank()) {
                throw new IllegalArgumentException("a figure needs a text alternative");
            }
        }
    }
}
