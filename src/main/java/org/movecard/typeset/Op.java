package org.movecard.typeset;

import java.awt.Color;
import java.util.List;

/**
 * One drawing operation of a finished frame, in frame coordinates: origin at the frame's top left,
 * y growing downwards, units in points. The painter turns frames into PDF content.
 */
public sealed interface Op {

    /** A run of text; {@code baseline} is the y of its baseline. */
    record Text(float x, float baseline, String text, Face face, float size, Color color) implements Op {
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
}
