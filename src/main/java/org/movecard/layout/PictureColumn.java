package org.movecard.layout;

import java.util.ArrayList;
import java.util.List;
import org.movecard.document.Pictures;
import org.movecard.layout.Style.Palette;

/** A move's pictures in a column beside its text, for every document kind that shows them. */
final class PictureColumn {
    private static final float QR_GAP = 10f;

    private PictureColumn() {
    }

    /**
     * The figure ({@code width} wide, at most as tall) and the video's QR code with its caption,
     * stacked in a column starting at {@code x}; empty for none.
     */
    static List<Op> ops(Metrics fonts, Style style, Pictures pictures, boolean figures, float x, float width) {
        List<Op> ops = new ArrayList<>();
        float y = 0;
        if (figures && pictures.figure() != null) {
            float height = figureHeight(pictures, width, width);
            ops.add(figure(pictures, x, 0, width, height));
            y = height + QR_GAP;
        }
        QrCode qr = pictures.video() == null ? null : QrCode.of(pictures.video());
        // A QR code smaller than its minimum would not scan: where it does not fit, it is left out.
        if (qr != null && qr.size() <= width) {
            ops.addAll(video(fonts, style, pictures, qr, x + (width - qr.size()) / 2, y, x + width));
        }
        return ops;
    }

    /** The move's figure as a tagged picture, fitted and centred in {@code width} × {@code height} at (x, y). */
    static Op figure(Pictures pictures, float x, float y, float width, float height) {
        return new Op.Figure(FigureRenderer.draw(pictures.figure(), x, y, width, height, Palette.FIGURE),
                pictures.figure().alt());
    }

    /**
     * How tall the figure is drawn in a slot {@code width} wide and at most {@code most} tall: a
     * movement of several poses is wider than tall, so it takes the slot's width and less height.
     */
    static float figureHeight(Pictures pictures, float width, float most) {
        return Math.min(most, width / FigureRenderer.aspect(pictures.figure()));
    }

    /** The back map with the move's zones marked, as a tagged picture. */
    static Op map(Pictures pictures, float x, float y, float width, float height) {
        return new Op.Figure(RegionMap.draw(pictures.zones(), pictures.targets(), x, y, width, height),
                pictures.mapAlt());
    }

    /** The move's video as a QR code at ({@code x}, 0) with its caption, never past {@code right}; empty for none. */
    static List<Op> video(Metrics fonts, Style style, Pictures pictures, float x, float right) {
        if (pictures.video() == null) {
            return List.of();
        }
        return video(fonts, style, pictures, QrCode.of(pictures.video()), x, 0, right);
    }

    /** The video's QR code at (x, y) with its caption ("Watch the video") centred under it, never past {@code right}. */
    private static List<Op> video(Metrics fonts, Style style, Pictures pictures, QrCode qr, float x, float y,
                                  float right) {
        return captioned(fonts, style, qr, pictures.videoCaption(), pictures.videoAlt(), x, y, right);
    }

    /**
     * A QR code at (x, y) as a tagged picture with {@code alt}, and {@code caption} centred under it
     * but never past {@code right}.
     */
    static List<Op> captioned(Metrics fonts, Style style, QrCode qr, String caption, String alt, float x, float y,
                              float right) {
        float size = style.meta();
        fonts.requireGlyphs(caption, Face.REGULAR, "a QR code caption");
        float captionWidth = fonts.width(caption, Face.REGULAR, size);
        float captionX = Math.min(x + (qr.size() - captionWidth) / 2, right - captionWidth);
        return List.of(
                new Op.Figure(qr.draw(x, y), alt),
                new Op.Text(captionX, y + qr.size() + size, caption, Face.REGULAR, size, Palette.MUTED,
                        Op.Tag.PARAGRAPH));
    }

    /** How far down a column of ops reaches (text by its baseline plus descent). */
    static float bottom(List<Op> ops) {
        float bottom = 0;
        for (Op op : ops) {
            bottom = Math.max(bottom, Ops.bounds(op).bottom());
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
     * A move's pictures in a row, for a card: the figure ({@code size} high at most, as wide as its
     * poses need), the back map beside it ({@code size} high) and, when there is a video, its QR code
     * at the right at the size that scans. A figure too wide for what is left is drawn smaller; the
     * map and the code keep their sizes. Empty when there is nothing to show.
     */
    static List<Op> row(Metrics fonts, Style style, Pictures pictures, float x, float width, float size, float gap) {
        List<Op> ops = new ArrayList<>();
        Row row = Row.of(pictures, width, size, gap);
        float at = x;
        if (pictures.figure() != null) {
            float figureWidth = row.figureHeight() * FigureRenderer.aspect(pictures.figure());
            ops.add(figure(pictures, at, (row.size() - row.figureHeight()) / 2, figureWidth, row.figureHeight()));
            at += figureWidth + gap;
        }
        if (row.map()) {
            ops.add(map(pictures, at, 0, row.size() * MAP_ASPECT, row.size()));
        }
        if (row.code() != null) {
            ops.addAll(video(fonts, style, pictures, row.code(), x + width - row.code().size(), 0, x + width));
        }
        return ops;
    }

    /**
     * How far down {@link #row} reaches, without drawing the figure (0 when the row is empty): the
     * figure is centred inside the row and the map fills its height, so only a QR code's caption can
     * reach further. A card's fit search asks this at every picture size it tries.
     */
    static float rowBottom(Metrics fonts, Style style, Pictures pictures, float x, float width, float size,
                           float gap) {
        Row row = Row.of(pictures, width, size, gap);
        float bottom = pictures.figure() != null || row.map() ? row.size() : 0;
        if (row.code() != null) {
            bottom = Math.max(bottom, bottom(video(fonts, style, pictures, row.code(), x + width - row.code().size(), 0,
                    x + width)));
        }
        return bottom;
    }

    /** The height of the figure {@link #row} draws, or 0 without a figure. */
    static float rowFigureHeight(Pictures pictures, float width, float size, float gap) {
        return Row.of(pictures, width, size, gap).figureHeight();
    }

    /** How a {@link #row} shares its width: the row's height, the figure's, and the map and code shown. */
    private record Row(float size, float figureHeight, boolean map, QrCode code) {
        static Row of(Pictures pictures, float width, float size, float gap) {
            QrCode code = pictures.video() == null ? null : QrCode.of(pictures.video());
            boolean map = RegionMap.shows(pictures.targets());
            // A QR code smaller than its minimum would not scan: the row grows to it instead.
            float height = code == null ? size : Math.max(size, code.size());
            float room = width - (code == null ? 0 : code.size() + gap) - (map ? height * MAP_ASPECT + gap : 0);
            float figure = pictures.figure() == null ? 0 : Math.max(0, PictureColumn.figureHeight(pictures, room, height));
            return new Row(height, figure, map, code);
        }
    }

    /** The back map is narrower than it is tall. */
    private static final float MAP_ASPECT = 40f / 54f;
}
