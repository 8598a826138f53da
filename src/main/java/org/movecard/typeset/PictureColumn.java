package org.movecard.typeset;

import java.util.ArrayList;
import java.util.List;
import org.movecard.document.Pictures;
import org.movecard.typeset.Style.Palette;

/** A move's pictures in a column beside its text, for every document kind that shows them. */
final class PictureColumn {
    private static final float QR_GAP = 10f;
    private static final String QR_CAPTION = "Watch the video";

    private PictureColumn() {
    }

    /**
     * The figure (a square {@code width} wide) and the video's QR code with its caption, stacked in a
     * column starting at {@code x}; empty for none.
     */
    static List<Op> ops(Fonts fonts, Style style, Pictures pictures, boolean figures, float x, float width) {
        List<Op> ops = new ArrayList<>();
        float y = 0;
        if (figures && pictures.figure() != null) {
            ops.add(new Op.Figure(FigureRenderer.draw(pictures.figure(), x, 0, width, width,
                    Palette.FIGURE), pictures.figure().alt()));
            y = width + QR_GAP;
        }
        QrCode qr = pictures.video() == null ? null : QrCode.of(pictures.video());
        // A QR code smaller than its minimum would not scan: where it does not fit, it is left out.
        if (qr != null && qr.size() <= width) {
            ops.add(new Op.Figure(qr.draw(x + (width - qr.size()) / 2, y),
                    "QR code: scan it to watch a video of this move at " + pictures.video()));
            y += qr.size();
            float size = style.meta();
            fonts.requireGlyphs(QR_CAPTION, Face.REGULAR, "the video caption");
            ops.add(new Op.Text(x + (width - fonts.width(QR_CAPTION, Face.REGULAR, size)) / 2, y + size,
                    QR_CAPTION, Face.REGULAR, size, Palette.MUTED, Op.Tag.PARAGRAPH));
        }
        return ops;
    }

    /** How far down a column of ops reaches (text by its baseline plus descent). */
    static float bottom(List<Op> ops) {
        float bottom = 0;
        for (Op op : Ops.flatten(ops)) {
            if (op instanceof Op.Text t) {
                bottom = Math.max(bottom, t.baseline() + t.size() * 0.3f);
            } else if (op instanceof Op.Box b) {
                bottom = Math.max(bottom, b.y() + b.height());
            } else if (op instanceof Op.Disc d) {
                bottom = Math.max(bottom, d.cy() + d.r());
            } else if (op instanceof Op.Stroke st) {
                for (int i = 1; i < st.points().size(); i += 2) {
                    bottom = Math.max(bottom, st.points().get(i) + st.width() / 2);
                }
            } else if (op instanceof Op.Polygon p) {
                for (int i = 1; i < p.points().size(); i += 2) {
                    bottom = Math.max(bottom, p.points().get(i) + p.roundness() / 2);
                }
            }
        }
        return bottom;
    }

    /**
     * Puts {@code side} (ops reaching {@code sideHeight} down) beside the first of {@code frames}. The
     * frames that cover that height are glued, so the picture never runs past a page break; if the
     * text is shorter than the picture, the last frame grows to make room.
     */
    static List<Frame> beside(List<Frame> frames, List<Op> side, float sideHeight) {
        List<Frame> out = new ArrayList<>();
        float covered = 0;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            List<Op> ops = f.ops();
            if (i == 0) {
                ops = new ArrayList<>(f.ops());
                ops.addAll(side);
            }
            covered += f.height() + (i == 0 ? 0 : f.spaceBefore());
            boolean last = i == frames.size() - 1;
            float height = last && covered < sideHeight ? f.height() + sideHeight - covered : f.height();
            boolean glue = f.keepWithNext() || (!last && covered < sideHeight);
            out.add(new Frame(height, f.spaceBefore(), ops, f.role(), glue, f.group()));
        }
        return out;
    }

    /**
     * A move's pictures in a row, for a narrow column or a card: the figure ({@code size} square),
     * the back map beside it and, when it is big enough to scan, the video's QR code at the right.
     * Empty when there is nothing to show.
     */
    static List<Op> row(Fonts fonts, Style style, Pictures pictures, float x, float width, float size, float gap) {
        List<Op> ops = new ArrayList<>();
        float at = x;
        QrCode code = pictures.video() == null ? null : QrCode.of(pictures.video());
        if (code != null) {
            // Shrink the figure and map so the code keeps its scannable size beside them.
            float ratios = (pictures.figure() != null ? 1 : 0) + (RegionMap.shows(pictures.targets()) ? MAP_ASPECT : 0);
            if (ratios > 0) {
                size = Math.max(code.size(), Math.min(size, (width - code.size() - 2 * gap) / ratios));
            }
        }
        if (pictures.figure() != null) {
            ops.add(new Op.Figure(FigureRenderer.draw(pictures.figure(), at, 0, size, size, Palette.FIGURE),
                    pictures.figure().alt()));
            at += size + gap;
        }
        if (RegionMap.shows(pictures.targets())) {
            float mapWidth = size * MAP_ASPECT;
            ops.add(new Op.Figure(RegionMap.draw(pictures.zones(), pictures.targets(), at, 0, mapWidth, size),
                    RegionMap.describe(pictures.targets())));
            at += mapWidth + gap;
        }
        if (code != null) {
            QrCode qr = code;
            if (qr.size() <= size && at + qr.size() <= x + width) {
                float qrX = x + width - qr.size();
                ops.add(new Op.Figure(qr.draw(qrX, 0),
                        "QR code: scan it to watch a video of this move at " + pictures.video()));
                float captionSize = style.meta();
                fonts.requireGlyphs(QR_CAPTION, Face.REGULAR, "the video caption");
                float captionWidth = fonts.width(QR_CAPTION, Face.REGULAR, captionSize);
                // Centred under the code, but never past the column's right edge.
                float captionX = Math.min(qrX + (qr.size() - captionWidth) / 2, x + width - captionWidth);
                ops.add(new Op.Text(captionX, qr.size() + captionSize, QR_CAPTION, Face.REGULAR, captionSize,
                        Palette.MUTED, Op.Tag.PARAGRAPH));
            }
        }
        return ops;
    }

    /** The back map is narrower than it is tall. */
    private static final float MAP_ASPECT = 40f / 54f;
}
