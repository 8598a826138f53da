package org.movecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Move;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.selection.Criteria;
import org.movecard.support.Pdfs;
import org.movecard.support.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Handouts and sheets in two languages: both texts of every move, the second tagged in its language,
 * the two never on different pages, and still PDF/UA-1 and PDF/A-2b.
 */
class BilingualTest {
    private static final Catalogue ENGLISH = Movecard.bundledCatalogue();
    private static final Catalogue SPANISH = Movecard.inLanguage(ENGLISH, null, "es");
    private static byte[] handout;
    private static byte[] sheet;

    @BeforeAll
    static void render() {
        Movecard.Languages languages = Movecard.languages(ENGLISH, null, "en,es");
        handout = new Movecard().handout(Movecard.select(languages.first(), Criteria.ALL), languages.second(), null,
                PageFormat.A4, RenderOptions.DEFAULT, null).bytes();
        sheet = LanguagesTest.sheet(SPANISH, ENGLISH, Movecard.readClinic(Path.of("data/examples/clinic-es.json")));
    }

    @Test
    void theBilingualHandoutAndSheetPassPdfUaAndPdfA() {
        for (byte[] pdf : List.of(handout, sheet)) {
            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        }
    }

    /** Each step's two languages on one page: the second follows the first, never over a page turn. */
    @Test
    void everyMoveIsInBothLanguagesAndAStepsTwoLanguagesShareAPage() {
        List<String> pages = Pdfs.pageTexts(handout);
        for (int m = 0; m < ENGLISH.moves().size(); m++) {
            Move en = ENGLISH.moves().get(m);
            Move es = SPANISH.moves().get(m);
            assertThat(String.join(" ", pages)).contains(en.name()).contains(es.name());
            for (int s = 0; s < en.steps().size(); s++) {
                String first = en.steps().get(s);
                String second = es.steps().get(s);
                // Two moves share a step ("Hold for 10–20 seconds. Keep breathing."): every page with it.
                assertThat(pages.stream().filter(p -> p.contains(first)).toList()).as(en.id() + " step " + (s + 1))
                        .isNotEmpty().allMatch(p -> p.contains(second));
            }
            assertThat(String.join(" ", pages)).contains(es.feel());
        }
        assertThat(String.join(" ", pages)).contains("How much: Do it on each side.")
                .contains("Cuánto: Hágalo a cada lado.");
        // Each language's own safety box on page 1, the second right under the first.
        assertThat(pages.get(0)).contains(ENGLISH.safety().title()).contains("SEGURIDAD " + SPANISH.safety().title())
                .contains(SPANISH.safety().points().get(0));
    }

    @Test
    void theSecondLanguageIsTaggedInItsLanguageAndTheDocumentInTheFirst() {
        assertThat(LanguagesTest.lang(handout)).isEqualTo("en");
        assertThat(LanguagesTest.lang(sheet)).isEqualTo("es");
        long steps = ENGLISH.moves().stream().mapToLong(m -> m.steps().size()).sum();
        assertThat(languages(handout).stream().filter("es"::equals).count()).isGreaterThanOrEqualTo(steps);
        assertThat(languages(handout)).containsOnly("es");
        assertThat(languages(sheet)).containsOnly("en");
    }

    @Test
    void theSheetPrintsTheDoseInBothLanguages() {
        String text = Pdfs.text(sheet).replace(" ", "");
        assertThat(text).contains("Sudosis:Mantenga20segundos").contains("Yourdose:Hold20seconds");
    }

    /** The /Lang of every structure element that has one. */
    private static List<String> languages(byte[] pdf) {
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<String> found = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDStructureNode node, List<String> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getLanguage() != null) {
                    found.add(element.getLanguage());
                }
                collect(element, found);
            }
        }
    }
}
