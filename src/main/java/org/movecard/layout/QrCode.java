package org.movecard.layout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.layout.Style.Palette;

/**
 * A QR code as vector squares. Runs of dark modules in a row become one rectangle, and equal runs
 * in following rows grow it downwards, so a code is a few dozen boxes rather than hundreds.
 */
public final class QrCode {
    /** Phones read a printed code reliably from about 15 mm; a little more gives room for blur. */
    public static final float MIN_CODE_SIZE = 16f * PageFormat.MM;
    /** Modules no smaller than this, however long the link. */
    private static final float MIN_MODULE = 0.45f * PageFormat.MM;
    /** The light margin the QR standard asks for, in modules, on every side. */
    public static final int QUIET_ZONE = 4;

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    /** Encodes {@code text} with medium error correction (survives a smudge or a fold). */
    public static QrCode of(String text) {
        return MADE.get(text);
    }

    /** The last codes made: a clinic's web address is on every sheet of a batch. */
    private static final Memo<String, QrCode> MADE = new Memo<>(64, QrCode::encode);

    private static QrCode encode(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            return new QrCode(m);
        } catch (WriterException e) {
            throw new UserError(ExitCode.INVALID_INPUT, "cannot make a QR code of the link "
                    + (text.length() > 60 ? text.substring(0, 60) + "\u2026" : text) + " ("
                    + e.getMessage() + ")", "use a shorter link", e);
        }
    }

    /** Modules along one side, without the quiet zone. */
    public int modules() {
        return matrix.getWidth();
    }

    /** The module size that makes the code at least {@link #MIN_CODE_SIZE} wide. */
    public float moduleSize() {
        return Math.max(MIN_CODE_SIZE / modules(), MIN_MODULE);
    }

    /** Side of the whole square, quiet zone included, at {@link #moduleSize()}. */
    public float size() {
        return (modules() + 2 * QUIET_ZONE) * moduleSize();
    }

    /** The code with its quiet zone, top left at ({@code x}, {@code y}), at {@link #moduleSize()}. */
    public List<Op> draw(float x, float y) {
        return draw(x, y, moduleSize(), Palette.INK);
    }

    /** The code with its quiet zone (painted white, so it also works on a tint) at any module size. */
    public List<Op> draw(float x, float y, float module, Color ink) {
        List<Op> ops = new ArrayList<>();
        int n = modules();
        ops.add(new Op.Box(x, y, (n + 2 * QUIET_ZONE) * module, (n + 2 * QUIET_ZONE) * module, Palette.WHITE, null, 0,
                0));
        float cx = x + QUIET_ZONE * module;
        float cy = y + QUIET_ZONE * module;
        // open[start] = the row where a rectangle over columns start..end[start] began, or -1.
        int[] openTop = new int[n + 1];
        int[] openEnd = new int[n + 1];
        java.util.Arrays.fill(openTop, -1);
        for (int row = 0; row <= n; row++) {
            int[] runEnd = new int[n + 1];
            java.util.Arrays.fill(runEnd, -1);
            if (row < n) {
                for (int col = 0; col < n; ) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < n && matrix.get(col, row)) {
                        col++;
                    }
                    runEnd[start] = col;
                }
            }
            for (int start = 0; start < n; start++) {
                boolean continues = openTop[start] >= 0 && runEnd[start] == openEnd[start];
                if (openTop[start] >= 0 && !continues) {
                    ops.add(new Op.Box(cx + start * module, cy + openTop[start] * module,
                            (openEnd[start] - start) * module, (row - openTop[start]) * module, ink, null, 0, 0));
                    openTop[start] = -1;
                }
                if (runEnd[start] >= 0 && !continues) {
                    openTop[start] = row;
                    openEnd[start] = runEnd[start];
                }
            }
        }
        return List.copyOf(ops);
    }
}
