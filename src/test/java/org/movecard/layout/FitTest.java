package org.movecard.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.ExitCode;
import org.movecard.Movecard;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.catalogue.Clinic;
import org.movecard.catalogue.ClinicReader;
import org.movecard.selection.Criteria;
import org.movecard.selection.Routine;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;

/**
 * Documents that fit: page counts of the documents people make most, the safety box whole on one
 * page, no continuation without a step, and the fit engine's floor. Counted from the PDFs.
 */
class FitTest {
    private static final Catalogue BUNDLED = Catalogues.bundled();
    private static final Clinic CLINIC = ClinicReader.read(Path.of("data/examples/clinic.json"));
    private static final Criteria DESK = new Criteria(List.of("chair", "standing"), List.of(), List.of(), List.of());
    private static final Pattern CONTINUED = Pattern.compile("\\(continued\\)\\s*(\\S+)");

    private final Movecard movecard = new Movecard();

    private Movecard.Pdf handout(Catalogue catalogue, Criteria criteria, PageFormat paper, RenderOptions options) {
        return movecard.handout(Movecard.select(catalogue, criteria), null, paper, options, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a4", "letter"})
    void theBundledHandoutTakesAtMostFourPagesWithMovesOnPageOne(String paper) {
        Movecard.Pdf pdf = handout(BUNDLED, Criteria.ALL, PageFormat.paper(paper), RenderOptions.DEFAULT);
        assertThat(pdf.pages()).isLessThanOrEqualTo(4);
        assertThat(pdf.fitting().textSize()).isEqualTo(Style.HANDOUT.body());
        String first = Pdfs.pageTexts(pdf.bytes()).get(0);
        assertThat(first).contains("1. " + Pdfs.flat(BUNDLED.moves().get(0).steps().get(0)));
        everyStepOnceInOrder(pdf.bytes(), Movecard.select(BUNDLED, Criteria.ALL));
    }

    @Test
    void theDeskHandoutFitsTwoPagesAtTenPointsOrMoreWithEveryStep() {
        Movecard.Pdf pdf = handout(BUNDLED, DESK, PageFormat.A4, RenderOptions.DEFAULT.withPages(2));
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.fitting().textSize()).isGreaterThanOrEqualTo(Style.MIN_FITTED_BODY);
        assertThat(Pdfs.glyphs(pdf.bytes()).stream().filter(g -> g.y() > 45))
                .allMatch(g -> g.fontSize() >= Style.MIN_FITTED_BODY - 0.01f);
        everyStepOnceInOrder(pdf.bytes(), Movecard.select(BUNDLED, DESK));
    }

    @Test
    void theDeskHandoutIsOneSheetByDefaultAtTenAndAHalfPoints() {
        Movecard.Pdf pdf = handout(BUNDLED, DESK, PageFormat.A4, RenderOptions.DEFAULT);
        assertThat(pdf.pages()).isLessThanOrEqualTo(2);
        assertThat(pdf.fitting().textSize()).isGreaterThanOrEqualTo(Style.HANDOUT.body() - 0.5f);
        assertThat(pdf.fitting().pictures()).isTrue();
        everyStepOnceInOrder(pdf.bytes(), Movecard.select(BUNDLED, DESK));
    }

    @Test
    void theDeskPinUpIsOnePageAtTenPointsWithEveryStepFeelNoteAndDose() {
        Movecard.Pdf pdf = handout(BUNDLED, DESK, PageFormat.A4, RenderOptions.DEFAULT.withPages(1));
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(Pdfs.glyphs(pdf.bytes()).stream().filter(g -> g.y() > 45))
                .allMatch(g -> g.fontSize() >= Style.MIN_FITTED_BODY - 0.01f);
        Routine desk = Movecard.select(BUNDLED, DESK);
        everyStepOnceInOrder(pdf.bytes(), desk);
        String text = Pdfs.flat(Pdfs.text(pdf.bytes()));
        for (var move : desk.moves()) {
            assertThat(text).contains(Pdfs.flat(move.feel()));
        }
        assertThat(text).contains("How much: Do it on each side.");
        BUNDLED.safety().shortPoints().forEach(p -> assertThat(text).contains(Pdfs.flat(p)));
        assertThat(pdf.fitting().shortSafety()).isTrue();
    }

    @Test
    void belowTheFloorTheFitEngineStopsAndSaysHowManyPagesItNeeds() {
        assertThatThrownBy(() -> handout(BUNDLED, Criteria.ALL, PageFormat.A4, RenderOptions.DEFAULT.withPages(1)))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DOES_NOT_FIT);
                    assertThat(e.getMessage()).matches("the handout needs \\d+ pages with 10 pt text, and \\d+ even "
                            + "without pictures; it does not fit on 1");
                    assertThat(e.hint()).containsPattern("\\{option:pages=\\d+}");
                });
    }

    /** The pages the refusal suggests do fit: for all ten moves, and for the desk moves on Letter. */
    @ParameterizedTest
    @ValueSource(strings = {"all A4", "desk Letter"})
    void thePagesTheRefusalSuggestsFit(String kind) {
        Criteria criteria = kind.startsWith("all") ? Criteria.ALL : DESK;
        PageFormat paper = kind.endsWith("Letter") ? PageFormat.LETTER : PageFormat.A4;
        UserError refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> handout(BUNDLED, criteria, paper, RenderOptions.DEFAULT.withPages(1)), UserError.class);
        var m = Pattern.compile("\\{option:pages=(\\d+)}").matcher(refused.hint());
        assertThat(m.find()).isTrue();
        int suggested = Integer.parseInt(m.group(1));
        assertThat(suggested).isGreaterThan(1);
        assertThat(handout(BUNDLED, criteria, paper, RenderOptions.DEFAULT.withPages(suggested)).pages())
                .isLessThanOrEqualTo(suggested);
        assertThatThrownBy(() -> handout(BUNDLED, criteria, paper, RenderOptions.DEFAULT.withPages(suggested - 1)))
                .as("one page fewer does not fit").isInstanceOf(UserError.class);
    }

    @Test
    void fourTwoStepMovesShareColumnsOnOnePage() {
        Catalogue four = shortened(BUNDLED, 4, 2);
        Movecard.Pdf pdf = handout(four, Criteria.ALL, PageFormat.A4, new RenderOptions(false, false));
        assertThat(pdf.pages()).isEqualTo(1);
        // Two moves side by side on page 1, not one move a column.
        String first = Pdfs.pageTexts(pdf.bytes()).get(0);
        assertThat(first).contains(four.moves().get(0).name()).contains(four.moves().get(1).name());
    }

    @Test
    void manyShortMovesPutAtLeastFiveOnAPage() {
        Catalogue many = stretches(123);
        Movecard.Pdf pdf = handout(many, Criteria.ALL, PageFormat.A4, RenderOptions.DEFAULT);
        assertThat(123.0 / pdf.pages()).isGreaterThanOrEqualTo(5.0);
        everyStepOnceInOrder(pdf.bytes(), Movecard.select(many, Criteria.ALL));
    }

    @Test
    void largePrintStaysAtSixteenPointsOnEightPagesAtMost() {
        // Twelve pages before moves could continue over a page turn, ten with pictures beside the steps.
        Movecard.Pdf pdf = handout(BUNDLED, Criteria.ALL, PageFormat.A4, new RenderOptions(true, true));
        assertThat(pdf.pages()).isLessThanOrEqualTo(8);
        assertThat(pdf.fitting().textSize()).isEqualTo(Style.MIN_LARGE_PRINT);
        assertThat(Pdfs.glyphs(pdf.bytes()).stream().filter(g -> g.y() > 60))
                .allMatch(g -> g.fontSize() >= Style.MIN_LARGE_PRINT - 0.01f);
        everyStepOnceInOrder(pdf.bytes(), Movecard.select(BUNDLED, Criteria.ALL));
    }

    /**
     * Sheets of 1, 2 and 6 moves take 1, at most 2 (both moves beginning on page 1) and at most 3
     * pages, and the week log never stands alone on the last page.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6})
    void sheetsTakeFewPagesAndTheLogNeverStandsAlone(int moves) {
        List<String> entries = BUNDLED.moves().stream().limit(moves).map(m -> m.id() + ": 3 times").toList();
        var order = Movecard.order(BUNDLED, "Alex Example", "2026-12-01", null, entries, null, null);
        Movecard.Pdf sheet = movecard.sheet(BUNDLED, CLINIC, order, PageFormat.A4, RenderOptions.DEFAULT, null);
        assertThat(sheet.pages()).isLessThanOrEqualTo(switch (moves) {
            case 1 -> 1;
            case 2 -> 2;
            default -> 3;
        });
        List<String> pages = Pdfs.pageTexts(sheet.bytes());
        if (moves == 2) {
            assertThat(pages.get(0)).contains(BUNDLED.moves().get(0).name()).contains(BUNDLED.moves().get(1).name());
        }
        String last = Pdfs.flat(pages.get(pages.size() - 1));
        assertThat(last).contains("My week");
        // The last move's last step comes with it: its feel note (glued to that step) is on the log's page.
        var lastMove = BUNDLED.moves().get(moves - 1);
        assertThat(last.substring(0, last.indexOf("My week"))).contains(Pdfs.flat(lastMove.feel()));
        everyStepOnceInOrder(sheet.bytes(), Movecard.select(BUNDLED, new Criteria(List.of(), List.of(),
                BUNDLED.moves().stream().limit(moves).map(m -> m.id()).toList(), List.of())));
    }

    @Test
    void aSheetShowsTheShortSafetyPointsWholeOnPageOneAndTheFullOnesWhenAsked() {
        var order = Movecard.order(BUNDLED, "Alex Example", "2026-12-01", null,
                List.of("chair-twist: hold 20s, 3 times", "palms-arch: 10 times"), null, null);
        Movecard.Pdf sheet = movecard.sheet(BUNDLED, CLINIC, order, PageFormat.A4, RenderOptions.DEFAULT, null);
        String first = Pdfs.flat(Pdfs.pageTexts(sheet.bytes()).get(0));
        BUNDLED.safety().shortPoints().forEach(p -> assertThat(first).contains(Pdfs.flat(p)));
        CLINIC.callUsIf().forEach(p -> assertThat(first).contains(Pdfs.flat(p)));
        // The first move begins on page 1, under the boxes; the sheet ends with notes and week log together.
        assertThat(first).contains("Chair twist");
        assertThat(sheet.pages()).isLessThanOrEqualTo(3);
        String last = Pdfs.pageTexts(sheet.bytes()).get(sheet.pages() - 1);
        assertThat(last).contains("Notes").contains("My week");
        Movecard.Pdf full = movecard.sheet(BUNDLED, CLINIC, order, PageFormat.A4,
                RenderOptions.DEFAULT.withFullSafety(true), null);
        String fullFirst = Pdfs.flat(Pdfs.pageTexts(full.bytes()).get(0));
        BUNDLED.safety().points().forEach(p -> assertThat(fullFirst).contains(Pdfs.flat(p)));
        everyStepOnceInOrder(sheet.bytes(), Movecard.select(BUNDLED,
                new Criteria(List.of(), List.of(), List.of("chair-twist", "palms-arch"), List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"handout", "handout Letter", "large", "large Letter", "sheet", "sheet large"})
    void theSafetyBoxIsWholeOnPageOne(String kind) {
        PageFormat paper = kind.endsWith("Letter") ? PageFormat.LETTER : PageFormat.A4;
        byte[] pdf = switch (kind) {
            case "handout", "handout Letter" -> handout(BUNDLED, Criteria.ALL, paper, RenderOptions.DEFAULT).bytes();
            case "large", "large Letter" -> handout(BUNDLED, Criteria.ALL, paper, new RenderOptions(true, true)).bytes();
            case "sheet large" -> movecard.sheet(BUNDLED, CLINIC, Movecard.order(BUNDLED, "Alex", "2026-12-01", null,
                    List.of("chair-twist", "palms-arch", "lying-twist"), null, null), PageFormat.A4,
                    new RenderOptions(true, true).withFullSafety(true), null).bytes();
            default -> movecard.sheet(BUNDLED, CLINIC, Movecard.order(BUNDLED, "Alex", "2026-12-01", null,
                    List.of("chair-twist", "palms-arch", "lying-twist"), null, null), PageFormat.A4,
                    RenderOptions.DEFAULT.withFullSafety(true), null).bytes();
        };
        List<String> pages = Pdfs.pageTexts(pdf);
        // On page 1; a large-print sheet's full notes, too long beside the stop box there, move
        // whole to page 2 (before any move).
        int on = kind.equals("sheet large") ? 1 : 0;
        String page = Pdfs.flat(pages.get(on));
        for (String point : BUNDLED.safety().points()) {
            assertThat(page).as("page %d holds the point", on + 1).contains(Pdfs.flat(point));
        }
        assertThat(String.join(" ", pages)).doesNotContain("SAFETY (continued)");
    }

    /** Every glyph of the fitted documents stays 10 mm or more inside the page's edges. */
    @ParameterizedTest
    @ValueSource(strings = {"desk", "pin-up", "large A4", "large Letter", "sheet 1", "sheet 6", "sheet large"})
    void fittedDocumentsKeepEveryGlyphInsideTheMargins(String kind) {
        PageFormat paper = kind.endsWith("Letter") ? PageFormat.LETTER : PageFormat.A4;
        byte[] pdf = switch (kind) {
            case "desk" -> handout(BUNDLED, DESK, paper, RenderOptions.DEFAULT).bytes();
            case "pin-up" -> handout(BUNDLED, DESK, paper, RenderOptions.DEFAULT.withPages(1)).bytes();
            case "large A4", "large Letter" -> handout(BUNDLED, Criteria.ALL, paper, new RenderOptions(true, true)).bytes();
            default -> {
                int moves = kind.equals("sheet 1") ? 1 : 6;
                List<String> entries = BUNDLED.moves().stream().limit(moves).map(m -> m.id() + ": 3 times").toList();
                yield movecard.sheet(BUNDLED, CLINIC, Movecard.order(BUNDLED, "Alex", "2026-12-01", null, entries, null,
                        null), paper, new RenderOptions(true, kind.equals("sheet large")), null).bytes();
            }
        };
        float margin = 10 * PageFormat.MM;
        for (Pdfs.Glyph g : Pdfs.glyphs(pdf)) {
            assertThat(g.x()).as("left of %s", g).isGreaterThanOrEqualTo(margin);
            assertThat(g.x() + g.width()).as("right of %s", g).isLessThanOrEqualTo(paper.width() - margin);
            assertThat(g.y()).as("bottom of %s", g).isGreaterThanOrEqualTo(margin);
            assertThat(g.y() + g.height()).as("top of %s", g).isLessThanOrEqualTo(paper.height() - margin);
        }
    }

    @Test
    void aContinuationAlwaysStartsWithAStep() {
        List<byte[]> documents = new ArrayList<>();
        documents.add(handout(BUNDLED, Criteria.ALL, PageFormat.A4, RenderOptions.DEFAULT).bytes());
        documents.add(handout(BUNDLED, Criteria.ALL, PageFormat.LETTER, RenderOptions.DEFAULT).bytes());
        documents.add(handout(BUNDLED, Criteria.ALL, PageFormat.A4, new RenderOptions(true, true)).bytes());
        documents.add(handout(Catalogues.resource("long-steps.json"), Criteria.ALL, PageFormat.A4,
                RenderOptions.DEFAULT).bytes());
        Routine floor = Movecard.select(Catalogues.resource("long-steps.json"),
                new Criteria(List.of("floor"), List.of(), List.of(), List.of()));
        for (CardFormat format : List.of(CardFormat.A6, CardFormat.A7)) {
            documents.add(movecard.cards(floor, null, format, null, org.movecard.press.Duplex.NONE, 0, 0, true, null)
                    .bytes());
        }
        int continuations = 0;
        for (byte[] pdf : documents) {
            var m = CONTINUED.matcher(Pdfs.flat(Pdfs.text(pdf)));
            while (m.find()) {
                continuations++;
                assertThat(m.group(1)).as("what follows \"(continued)\"").matches("\\d+\\.");
            }
        }
        assertThat(continuations).as("the documents do continue moves").isPositive();
    }

    /** Every step of every move appears once, numbered, in the routine's order. */
    private static void everyStepOnceInOrder(byte[] pdf, Routine routine) {
        String all = Pdfs.flat(Pdfs.text(pdf));
        int from = 0;
        for (var move : routine.moves()) {
            for (int s = 0; s < move.steps().size(); s++) {
                String numbered = (s + 1) + ". " + Pdfs.flat(move.steps().get(s));
                int at = all.indexOf(numbered, from);
                assertThat(at).as("%s step %d in order", move.id(), s + 1).isGreaterThanOrEqualTo(from);
                from = at;
            }
        }
    }

    /** The bundled catalogue's first {@code moves} moves with {@code steps} steps each and no figures. */
    private static Catalogue shortened(Catalogue base, int moves, int steps) {
        StringBuilder json = new StringBuilder();
        json.append("{\"id\": \"four\", \"title\": \"Four moves\", \"language\": \"en\",")
                .append("\"settings\": [{\"id\": \"chair\", \"label\": \"On a chair\"}, ")
                .append("{\"id\": \"standing\", \"label\": \"Standing\"}],")
                .append("\"regions\": [{\"id\": \"upper\", \"label\": \"Upper back\", \"zone\": \"upper-back\"}, ")
                .append("{\"id\": \"middle\", \"label\": \"Middle back\", \"zone\": \"middle-back\"}, ")
                .append("{\"id\": \"lower\", \"label\": \"Lower back\", \"zone\": \"lower-back\"}],")
                .append("\"safety\": ").append(safetyJson(base)).append(", \"moves\": [");
        for (int i = 0; i < moves; i++) {
            var m = base.moves().get(i);
            json.append(i == 0 ? "" : ",").append("{\"id\": \"").append(m.id()).append("\", \"name\": \"")
                    .append(m.name()).append("\", \"setting\": \"").append(m.setting()).append("\", \"regions\": ")
                    .append(list(m.regions())).append(", \"steps\": ").append(list(m.steps().subList(0, steps)))
                    .append(", \"feel\": \"").append(m.feel().replace("\"", "\\\"")).append("\"}");
        }
        return CatalogueReader.read(json.append("]}").toString().getBytes(StandardCharsets.UTF_8), "four.json");
    }

    /** {@code n} short two-step stretches on the floor. */
    private static Catalogue stretches(int n) {
        StringBuilder json = new StringBuilder("{\"id\": \"many\", \"title\": \"Short stretches\", \"language\": \"en\","
                + "\"settings\": [{\"id\": \"floor\", \"label\": \"On the floor\"}],"
                + "\"regions\": [{\"id\": \"lower\", \"label\": \"Lower back\", \"zone\": \"lower-back\"}],"
                + "\"safety\": {\"title\": \"Be gentle\", \"points\": [\"Stop if it hurts.\"]}, \"moves\": [");
        for (int i = 1; i <= n; i++) {
            json.append(i == 1 ? "" : ",").append("{\"id\": \"stretch-").append(i).append("\", \"name\": \"Short stretch ")
                    .append(i).append("\", \"setting\": \"floor\", \"regions\": [\"lower\"], \"steps\": [\"Lie on your "
                            + "back and breathe out slowly.\", \"Ease into the stretch and hold it gently.\"], "
                            + "\"feel\": \"You'll feel this in your lower back.\"}");
        }
        return CatalogueReader.read(json.append("]}").toString().getBytes(StandardCharsets.UTF_8), "many.json");
    }

    private static String safetyJson(Catalogue base) {
        return "{\"title\": \"" + base.safety().title() + "\", \"points\": " + list(base.safety().points()) + "}";
    }

    private static String list(List<String> items) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : ", ").append('"').append(items.get(i).replace("\"", "\\\"")).append('"');
        }
        return s.append(']').toString();
    }
}
