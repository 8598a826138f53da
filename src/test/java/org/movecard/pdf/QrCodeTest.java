package org.movecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.layout.Op;
import org.movecard.layout.PageFormat;
import org.movecard.layout.QrCode;
import org.movecard.layout.Style;

/** QR codes painted as merged vector boxes decode back to their text, and are big enough to scan. */
class QrCodeTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/moves/chair-twist", "http://example.org/v?id=42&t=1m30s",
        "https://example.org/a/rather/long/address/for/a/demonstration/video/of/the/seated-floor-twist.mp4"})
    void decodesBackToItsUrl(String url) {
        QrCode qr = QrCode.of(url);
        byte[] pdf = Pictures.page(qr.draw(10, 10), qr.size() + 20, qr.size() + 20);
        assertThat(decodeAll(Pictures.raster(pdf, 0, 150, ImageType.RGB))).containsExactly(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/moves/chair-twist", "https://example.org/x"})
    void isAtLeastFifteenMillimetresWithItsQuietZoneAndFewBoxes(String url) {
        QrCode qr = QrCode.of(url);
        assertThat(qr.modules() * qr.moduleSize()).isGreaterThanOrEqualTo(15 * PageFormat.MM);
        assertThat(qr.size()).isCloseTo((qr.modules() + 2 * QrCode.QUIET_ZONE) * qr.moduleSize(),
                org.assertj.core.data.Offset.offset(0.001f));
        List<Op> ops = qr.draw(0, 0);
        // Merging runs keeps a code to far fewer boxes than it has dark modules (about half of them).
        assertThat(ops.size()).isLessThan(qr.modules() * qr.modules() / 4);
        assertThat(ops.get(0)).isInstanceOfSatisfying(Op.Box.class, b -> assertThat(b.fill()).isEqualTo(Style.Palette.WHITE));
    }

    /** Every QR code ZXing finds in the image, by its text. */
    static List<String> decodeAll(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            return Arrays.stream(results).map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    @org.junit.jupiter.api.Test
    void theLongestLinkACatalogueAcceptsEncodesAndOneMoreByteIsAUserError() {
        String longest = "https://example.org/" + "a".repeat(org.movecard.catalogue.Move.MAX_VIDEO_BYTES - 20);
        assertThat(QrCode.of(longest).modules()).isEqualTo(177);
        org.movecard.UserError e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.movecard.UserError.class, () -> QrCode.of(longest + "a"));
        assertThat(e).isNotNull();
        assertThat(e.exitCode()).isEqualTo(org.movecard.ExitCode.INVALID_INPUT);
        assertThat(e.getMessage()).startsWith("cannot make a QR code of the link https://example.org/").hasSizeLessThan(200);
    }
}
