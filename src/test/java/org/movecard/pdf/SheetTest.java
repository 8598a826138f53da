package org.movecard.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.catalogue.ClinicReader;
import org.movecard.document.Sheets;
import org.movecard.document.TakeHomeSheet;
import org.movecard.layout.Op;
import org.movecard.layout.Ops;
import org.movecard.layout.Page;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.layout.SheetLayout;
import org.movecard.layout.Style;
import org.movecard.selection.PrescribedMove;
import org.movecard.selection.SheetOrder;
import org.movecard.selection.SheetOrders;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;
import org.movecard.support.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class SheetTest {
    static final String PATIENT = "Zoë Quenby-Oyelaran";
    static final Catalogue CATALOGUE = Catalogues.bundled();
    static final Clinic CLINIC = ClinicReader.read(Path.of("data/examples/clinic.json"));
    static SheetOrder order;
    static byte[] pdf;

    @BeforeAll
    static void render() {
        order = SheetOrders.of(CATALOGUE, PATIENT, "2026-11-25", "Dr Rivera", List.of(
                "chair-twist: hold 20s, 3 times, 2 sets, both sides, twice a day; note: go slowly at first",
                "palms-arch: hold 10-15 seconds, 4 times, 3 times a week",
                "lying-twist",
                "hug-curl-up: 2 sets, every other day",
                "foam-roller-roll: 10 reps, once a day"), "Walk for ten minutes each day.", null);
        var sheet = Sheets.build(CATALOGUE, CLINIC, order);
        pdf = new Typesetter().sheet(sheet, PageFormat.A4, new PdfMeta("Sheet", null, "en", null)).bytes();
    }

    @Test
    void everyPageNamesThePatientAndCountsPages() {
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(PATIENT + " \u00b7 25 November 2026")
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void headerSaysWhoWhenAndWhichClinic() {
        String first = Pdfs.pageTexts(pdf).get(0);
        assertThat(first).contains("Riverside Physiotherapy").contains("12 Mill Lane, Riverside RS1 2AB")
                .contains("Phone 01632 960 123").contains("For: " + PATIENT)
                .contains("Date: 25 November 2026").contains("Clinician: Dr Rivera");
    }

    @Test
    void eachDoseIsInPlainWordsAfterItsMoveAndNotesAreThere() {
        String text = Pdfs.text(pdf);
        int from = 0;
        String[] doses = {
            "Your dose: Hold 20 seconds \u00b7 3 times \u00b7 2 sets \u00b7 both sides \u00b7 twice a day.",
            "Your dose: Hold 10\u201315 seconds \u00b7 4 times \u00b7 3 times a week.",
            "Your dose: Do it on each side.",
            "Your dose: 2 sets \u00b7 every other day.",
            "Your dose: 10 times \u00b7 once a day.",
        };
        for (int i = 0; i < doses.length; i++) {
            int heading = text.indexOf(order.moves().get(i).move().name(), from);
            int dose = text.indexOf(doses[i], heading);
            assertThat(heading).as("move %d", i + 1).isGreaterThanOrEqualTo(from);
            assertThat(dose).as(doses[i]).isGreaterThan(heading);
            from = dose;
        }
        assertThat(text).contains("Note: go slowly at first").contains("Walk for ten minutes each day.")
                .doesNotContain("How much:");
    }

    @Test
    void everyStepIsNumberedInOrder() {
        String text = Pdfs.text(pdf);
        int from = 0;
        for (PrescribedMove prescribed : order.moves()) {
            from = text.indexOf(prescribed.move().name(), from);
            List<String> steps = prescribed.move().steps();
            for (int i = 0; i < steps.size(); i++) {
                int at = text.indexOf((i + 1) + ". " + Pdfs.flat(steps.get(i)), from);
                assertThat(at).as("%s step %d", prescribed.move().id(), i + 1).isGreaterThan(from);
                from = at;
            }
        }
    }

    @Test
    void safetyAndStopBoxesWithThePhone() throws Exception {
        // In reading order: a box continued on the next page reads on past the page's footer.
        String text = Pdfs.flat(String.join(" ", AccessibilityTest.structureText(pdf)));
        assertThat(text).contains("SAFETY").contains(CATALOGUE.safety().title());
        // The stop-and-call box names the red flags, so the catalogue's short safety points do.
        CATALOGUE.safety().shortPoints().forEach(p -> assertThat(text).contains(Pdfs.flat(p)));
        assertThat(text).doesNotContain(Pdfs.flat(CATALOGUE.safety().points().get(4)));
        // The title begins with the signal word, so it is the signal: the words are not printed twice.
        assertThat(text).contains("Stop and call us on 01632 960 123 if:").doesNotContain("STOP AND CALL US");
        CLINIC.callUsIf().forEach(p -> assertThat(text).contains(Pdfs.flat(p)));
        for (String page : Pdfs.pageTexts(pdf).subList(1, Pdfs.pageTexts(pdf).size())) {
            assertThat(page).contains("Stop and call us on 01632 960 123 if you feel worse.");
        }
    }

    @Test
    void weekLogHasSevenDaysAndARowPerMove() {
        String text = Pdfs.text(pdf);
        // Each day's name with its date under it, in drawing order.
        assertThat(text).contains("My week").contains("Wed 25 Thu 26 Fri 27 Sat 28 Sun 29 Mon 30 Tue 1");
        for (int i = 0; i < order.moves().size(); i++) {
            assertThat(text).contains((i + 1) + ". " + order.moves().get(i).move().name());
        }
    }

    @Test
    void bodyTextIsAtLeastTwelvePoint() {
        // Every glyph above the footer band (whose page numbers are smaller by design): the smallest
        // decides, so a large heading cannot hide small body text.
        float footerBand = Style.SHEET.bottomMargin() / 2 + 20;
        var body = Pdfs.glyphs(pdf).stream().filter(g -> g.y() > footerBand && !g.text().isBlank()).toList();
        assertThat(body).hasSizeGreaterThan(1000);
        Pdfs.Glyph smallest = body.stream().min(java.util.Comparator.comparingDouble(Pdfs.Glyph::fontSize)).orElseThrow();
        assertThat(Style.SHEET.body()).isGreaterThanOrEqualTo(12f);
        assertThat(smallest.fontSize()).as("smallest glyph %s", smallest).isGreaterThanOrEqualTo(12f - 0.01f);
    }

    /** Tick boxes of each day stay inside that day's column with room to spare, for 1 to 6 times a day. */
    @ParameterizedTest(name = "{0}, large print {1}")
    @CsvSource({"A4, false", "A4, true", "LETTER, false", "LETTER, true"})
    void tickBoxesStayInsideTheirDayColumn(String paper, boolean largePrint) {
        PageFormat format = paper.equals("A4") ? PageFormat.A4 : PageFormat.LETTER;
        Style style = largePrint ? Style.LARGE_PRINT : Style.SHEET;
        var sheet = Sheets.build(CATALOGUE, CLINIC, SheetOrders.of(CATALOGUE, "A B", "2026-11-25", null, List.of(
                "chair-twist: once a day", "palms-arch: twice a day", "lying-twist: 3 times a day",
                "hug-curl-up: 4 times a day", "foam-roller-roll: 6 times a day"), null, null));
        List<Page> pages = new Typesetter().layout(sheet, format, new RenderOptions(true, largePrint));
        float left = style.margin() + SheetLayout.LOG_NAME_WIDTH;
        float dayWidth = (format.width() - 2 * style.margin() - SheetLayout.LOG_NAME_WIDTH) / 7;
        List<Integer> ticksPerRow = new java.util.ArrayList<>();
        for (Page page : pages) {
            boolean inLog = false;
            for (Page.Placed placed : page.frames()) {
                // The log's rows follow its day header ("Wed" over "25"), on every page it runs over.
                inLog |= placed.frame().ops().stream().anyMatch(op -> op instanceof Op.Text t && t.text().equals("Wed"));
                List<Op.Box> boxes = placed.frame().ops().stream().filter(op -> op instanceof Op.Box)
                        .map(op -> (Op.Box) op).toList();
                if (!inLog || boxes.isEmpty()) {
                    continue;
                }
                int[] perDay = new int[7];
                for (Op.Box box : boxes) {
                    Ops.Bounds b = Ops.bounds(box);
                    float x = placed.x() + b.left();
                    int day = (int) Math.floor((x - left) / dayWidth);
                    assertThat(day).as("day of box at %.1f", x).isBetween(0, 6);
                    float from = left + day * dayWidth + SheetLayout.DAY_PADDING;
                    float to = left + (day + 1) * dayWidth - SheetLayout.DAY_PADDING;
                    assertThat(b.within(from - placed.x(), 0, to - placed.x(), placed.frame().height(), 0.01f))
                            .as("box %s in day %d (%.1f to %.1f), %s, frame at %.1f, height %.1f", b, day, from, to, paper, placed.x(), placed.frame().height()).isTrue();
                    assertThat(box.width()).isGreaterThanOrEqualTo(SheetLayout.MIN_TICK);
                    perDay[day]++;
                }
                assertThat(perDay).as("the same boxes every day").containsOnly(perDay[0]);
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        Ops.Bounds a = Ops.bounds(boxes.get(i));
                        Ops.Bounds b = Ops.bounds(boxes.get(j));
                        boolean apart = a.right() <= b.left() || b.right() <= a.left() || a.bottom() <= b.top()
                                || b.bottom() <= a.top();
                        assertThat(apart).as("boxes %s and %s overlap", a, b).isTrue();
                    }
                }
                ticksPerRow.add(perDay[0]);
            }
        }
        assertThat(ticksPerRow).isEqualTo(sheet.log().rows().stream().map(TakeHomeSheet.WeekLog.Row::ticks).toList());
        // Every time of day gets its box: none is dropped.
        assertThat(ticksPerRow).containsExactly(1, 2, 3, 4, 6);
    }

    @Test
    void sheetWithLogoIsPdfA2b() {
        assertThat(CLINIC.logoImage()).isNotNull();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void sheetsPassPdfUaAndPdfAWithTheTitleAsH1() throws Exception {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
        String tagged = Pdfs.flat(String.join(" ", AccessibilityTest.structureText(pdf)));
        assertThat(tagged).contains("Your home exercises").contains(PATIENT).contains("Stop and call us on")
                .contains("1. Sit on a chair.").contains("My week");
    }

    @Test
    void largePrintSheetsAreSixteenPointAndAccessible() {
        var sheet = Sheets.build(CATALOGUE, CLINIC, order);
        byte[] large = new Typesetter().sheet(sheet, PageFormat.A4, new PdfMeta("Sheet", null, "en", null),
                new RenderOptions(true, true)).bytes();
        float footerBand = Style.LARGE_PRINT.bottomMargin() / 2 + 20;
        for (Pdfs.Glyph g : Pdfs.glyphs(large)) {
            if (g.y() > footerBand) {
                assertThat(g.fontSize()).as("size of %s", g).isGreaterThanOrEqualTo(Style.MIN_LARGE_PRINT - 0.01f);
            }
        }
        List<String> pages = Pdfs.pageTexts(large);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(PATIENT).contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(VeraPdf.failures(large, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theClinicWebAddressIsAQrCodeThatScans() {
        var page = Pictures.raster(pdf, 0, 150, org.apache.pdfbox.rendering.ImageType.RGB);
        assertThat(QrCodeTest.decodeAll(page)).contains("https://" + CLINIC.web());
    }

    @Test
    void sheetsWithoutFiguresAndWithAnotherCatalogueStayAccessible() {
        var neck = Catalogues.resource("neck-shoulder.json");
        var neckOrder = SheetOrders.of(neck, "Zoë Ünal-Smith", "2026-11-25", "Dr Rivera",
                List.of(neck.moves().get(0).id() + ": hold 20s, 3 times, twice a day",
                        neck.moves().get(2).id()), "Café break: do them at 11:00 — every day.", null);
        var sheet = Sheets.build(neck, CLINIC, neckOrder);
        byte[] plain = new Typesetter().sheet(sheet, PageFormat.LETTER, new PdfMeta("Sheet", null, "en", null),
                new RenderOptions(false, false)).bytes();
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(Pdfs.text(plain)).contains("Zoë Ünal-Smith").contains("Café break");
    }

    @Test
    void theStructureTreeReadsInPageOrder() throws Exception {
        String tagged = Pdfs.flat(String.join(" ", AccessibilityTest.structureText(pdf)));
        String[] inOrder = {"Riverside Physiotherapy", "Your home exercises", PATIENT, "Stop and call us on", "SAFETY",
            "1 Chair twist", "1. Sit on a chair.", "Your dose:", "Notes", "My week"};
        int from = 0;
        for (String piece : inOrder) {
            int at = tagged.indexOf(piece, from);
            assertThat(at).as("\"%s\" after offset %d", piece, from).isGreaterThanOrEqualTo(from);
            from = at;
        }
    }

    @Test
    void sameInputSameBytes() {
        var sheet = Sheets.build(CATALOGUE, CLINIC, order);
        byte[] again = new Typesetter().sheet(sheet, PageFormat.A4, new PdfMeta("Sheet", null, "en", null)).bytes();
        assertThat(again).isEqualTo(pdf);
    }

    @Test
    void letterPaperWorksToo() {
        var sheet = Sheets.build(CATALOGUE, CLINIC, SheetOrders.of(CATALOGUE, "A B", null, null,
                List.of("chair-twist"), null, LocalDate.of(2026, 1, 2)));
        byte[] letter = new Typesetter().sheet(sheet, PageFormat.LETTER, new PdfMeta("Sheet", null, "en", null)).bytes();
        try (var doc = Pdfs.load(letter)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(Pdfs.text(letter)).contains("Date: 2 January 2026");
    }
}
