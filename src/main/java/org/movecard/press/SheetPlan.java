package org.movecard.press;

import static org.movecard.layout.PageFormat.MM;

import java.util.ArrayList;
import java.util.List;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.UserError;
import org.movecard.layout.CardFormat;
import org.movecard.layout.PageFormat;

/**
 * Where cards go on a sheet: a centred grid of trim rectangles, cards turned a quarter when that
 * fits more of them. Neighbouring cards are one bleed-pair apart so bleeds never overlap; crop marks
 * run outside the grid from {@link #MARK_OFFSET} to {@link #MARK_OFFSET} + {@link #MARK_LENGTH}
 * beyond the trim, and everything stays {@link #PRINTABLE_MARGIN} inside the sheet edge.
 */
public record SheetPlan(PageFormat sheet, CardFormat card, boolean rotated, int columns, int rows,
                        List<Cell> cells) {
    public static final float PRINTABLE_MARGIN = 5 * MM;
    public static final float MARK_OFFSET = CardFormat.BLEED;
    public static final float MARK_LENGTH = 5 * MM;
    public static final float GUTTER = 2 * CardFormat.BLEED;

    public SheetPlan {
        cells = List.copyOf(cells);
    }

    /** One card's trim rectangle on the sheet, in PDF coordinates (origin bottom left). */
    public record Cell(float x, float y, float width, float height) {
    }

    public int count() {
        return cells.size();
    }

    public static SheetPlan fit(CardFormat card, PageFormat sheet) {
        SheetPlan upright = grid(card, sheet, false);
        SheetPlan turned = grid(card, sheet, true);
        SheetPlan best = turned.count() > upright.count() ? turned : upright;
        if (best.count() == 0) {
            throw new UserError(ExitCode.DOES_NOT_FIT, "a " + card.name() + " card does not fit on a "
                    + sheet.name() + " sheet with crop marks", "use " + Hint.option("sheet", "none") + " for one card per page");
        }
        return best;
    }

    private static SheetPlan grid(CardFormat card, PageFormat sheet, boolean rotated) {
        float w = rotated ? card.trimHeight() : card.trimWidth();
        float h = rotated ? card.trimWidth() : card.trimHeight();
        float border = PRINTABLE_MARGIN + MARK_OFFSET + MARK_LENGTH;
        int columns = Math.max(0, (int) Math.floor((sheet.width() - 2 * border + GUTTER) / (w + GUTTER)));
        int rows = Math.max(0, (int) Math.floor((sheet.height() - 2 * border + GUTTER) / (h + GUTTER)));
        float gridW = columns * w + (columns - 1) * GUTTER;
        float gridH = rows * h + (rows - 1) * GUTTER;
        float left = (sheet.width() - gridW) / 2;
        float top = (sheet.height() + gridH) / 2;
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells.add(new Cell(left + c * (w + GUTTER), top - h - r * (h + GUTTER), w, h));
            }
        }
        return new SheetPlan(sheet, card, rotated, columns, rows, cells);
    }
}
