package org.movecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.Movecard;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.selection.SheetOrder;
import org.movecard.selection.SheetOrders;
import org.movecard.support.Pdfs;
import org.movecard.support.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Chinese, Japanese and Korean names print through the fallback fonts; right-to-left names are a clear error. */
class NamesInAnyScriptTest {
    private static final Catalogue CATALOGUE = Movecard.bundledCatalogue();
    private static final Clinic CLINIC = Movecard.readClinic(Path.of("data/examples/clinic.json"));

    @ParameterizedTest
    @ValueSource(strings = {"王小明 (Wang Xiaoming)", "山田 花子", "さくら カタカナ", "김민준 (Kim Minjun)"})
    void aCjkNameIsPrintedAndExtractedBack(String name) {
        SheetOrder order = SheetOrders.of(CATALOGUE, name, "2026-11-25", "李医生", List.of("chair-twist"), null, null);
        byte[] pdf = new Movecard().sheet(CATALOGUE, CLINIC, order, PageFormat.A4, RenderOptions.DEFAULT, null).bytes();
        String text = Pdfs.text(pdf);
        assertThat(text).contains("For: " + name).contains("Clinician: 李医生").contains(name + " \u00b7 25 November 2026");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aDocumentWithoutCjkEmbedsNoFallbackFont() {
        SheetOrder order = SheetOrders.of(CATALOGUE, "Zoë", "2026-11-25", null, List.of("chair-twist"), null, null);
        byte[] pdf = new Movecard().sheet(CATALOGUE, CLINIC, order, PageFormat.A4, RenderOptions.DEFAULT, null).bytes();
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("DroidSansFallback");
    }

    @Test
    void aRightToLeftNameIsAOneLineErrorSayingSo() {
        assertThatThrownBy(() -> SheetOrders.of(CATALOGUE, "\u05E9\u05E8\u05D4 \u05DB\u05D4\u05DF", "2026-11-25", null,
                List.of("chair-twist"), null, null))
                .hasMessageContaining("right-to-left script").hasMessageNotContaining("\u05E9");
    }
}
