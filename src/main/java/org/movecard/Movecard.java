package org.movecard;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.catalogue.Clinic;
import org.movecard.catalogue.ClinicReader;
import org.movecard.catalogue.Move;
import org.movecard.catalogue.TranslationReader;
import org.movecard.document.CardDeck;
import org.movecard.document.Cards;
import org.movecard.document.Handout;
import org.movecard.document.Handouts;
import org.movecard.document.Sheets;
import org.movecard.language.Labels;
import org.movecard.layout.CardFormat;
import org.movecard.layout.FigureRenderer;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;
import org.movecard.pdf.CardPdf;
import org.movecard.pdf.PdfMeta;
import org.movecard.pdf.Typesetter;
import org.movecard.press.Duplex;
import org.movecard.press.Imposition;
import org.movecard.press.Previews;
import org.movecard.press.SheetPlan;
import org.movecard.selection.Criteria;
import org.movecard.selection.Routine;
import org.movecard.selection.Selector;
import org.movecard.selection.SheetOrder;
import org.movecard.selection.SheetOrders;

/**
 * The library facade: catalogue + request → PDF bytes. The command line calls it, and so can any
 * Java program (docs/library.md). Catalogues, routines, orders and option records are immutable and
 * may be shared between threads; a {@code Movecard} itself holds parsed fonts and is not
 * thread-safe: make one per thread and reuse it for many documents. Problems the user can fix are
 * {@link UserError}s carrying an {@link ExitCode}; anything else is a bug.
 */
public final class Movecard {
    private final Typesetter typesetter = new Typesetter();

    /** The bundled catalogue of ten back-mobility moves (read once per process). */
    public static Catalogue bundledCatalogue() {
        return CatalogueReader.bundled();
    }

    /** A catalogue file, checked strictly; errors name the file, line and column. */
    public static Catalogue readCatalogue(Path file) {
        return CatalogueReader.read(file);
    }

    /**
     * The catalogue in {@code language} (a BCP 47 tag): itself when it is written in that language;
     * else the bundled catalogue's translation ({@code file} null) or the translation file beside
     * {@code file} ({@code moves.es.json} for {@code moves.json}). A language movecard has no
     * words for, or a catalogue not translated into it, is a {@link UserError}.
     */
    public static Catalogue inLanguage(Catalogue catalogue, Path file, String language) {
        Labels.of(language);
        if (Labels.primary(language).equals(Labels.primary(catalogue.language()))) {
            return catalogue;
        }
        if (file == null && catalogue != bundledCatalogue()) {
            throw new UserError(ExitCode.INVALID_INPUT, "this catalogue is in \"" + catalogue.language()
                    + "\" and has no file to find a translation beside", "print it in its own language");
        }
        if (file == null) {
            return TranslationReader.bundled(Labels.primary(language)).orElseThrow(() -> new UserError(
                    ExitCode.INVALID_INPUT, "the bundled catalogue is not translated into \"" + language + "\"",
                    "it is in " + String.join(", ", BUNDLED_LANGUAGES)));
        }
        return TranslationReader.besides(file, catalogue, language).orElseThrow(() -> new UserError(
                ExitCode.INVALID_INPUT, file + " is in \"" + catalogue.language() + "\", not \"" + language + "\"",
                "write its translation into " + TranslationReader.sibling(file, language).getFileName()
                        + " beside it (docs/catalogue.md, Translations), or print it in its own language"));
    }

    /** The languages the bundled catalogue is printed in: its own and its translations. */
    public static final List<String> BUNDLED_LANGUAGES = List.of("en", "es", "fr", "de", "pt");

    /**
     * A document's languages: {@code first}, and {@code second} (null for a document in one language)
     * whose moves have the same ids, printed under the first language's text.
     */
    public record Languages(Catalogue first, Catalogue second) {
    }

    /**
     * {@code languages} as given to {@code --language}: null (the catalogue's own), one tag, or two
     * separated by a comma ({@code "en,es"}) for a bilingual document.
     */
    public static Languages languages(Catalogue catalogue, Path file, String languages) {
        if (languages == null) {
            Labels.of(catalogue.language());
            return new Languages(catalogue, null);
        }
        String[] tags = languages.split(",", -1);
        if (tags.length > 2 || tags[0].isBlank() || tags[tags.length - 1].isBlank()) {
            throw new UserError(ExitCode.INVALID_INPUT, "\"" + languages + "\" is not one language or two",
                    "give a language such as es, or two separated by a comma such as en,es");
        }
        Catalogue first = inLanguage(catalogue, file, tags[0].strip());
        if (tags.length == 1) {
            return new Languages(first, null);
        }
        Catalogue second = inLanguage(catalogue, file, tags[1].strip());
        if (Labels.primary(first.language()).equals(Labels.primary(second.language()))) {
            throw new UserError(ExitCode.INVALID_INPUT, "both languages are \"" + first.language() + "\"",
                    "give two different languages, such as en,es");
        }
        return new Languages(first, second);
    }

    /** The same routine (the same moves, settings and regions asked for) from a translation of its catalogue. */
    public static Routine sameRoutineIn(Routine routine, Catalogue translation) {
        return new Routine(translation,
                routine.moves().stream().map(m -> translation.move(m.id()).orElseThrow()).toList(),
                routine.askedSettings().stream().map(s -> translation.setting(s.id()).orElseThrow()).toList(),
                routine.askedRegions().stream().map(r -> translation.region(r.id()).orElseThrow()).toList());
    }

    /** A clinic profile file (docs/clinic.md). */
    public static Clinic readClinic(Path file) {
        return ClinicReader.read(file);
    }

    /** The moves the criteria choose, in document order; an empty choice is a user error. */
    public static Routine select(Catalogue catalogue, Criteria criteria) {
        return Selector.select(catalogue, criteria);
    }

    /**
     * One patient's order: the dose entries use the dose syntax of docs/clinic.md
     * ({@code "chair-twist: hold 20s, 3 times"}); {@code date} is YYYY-MM-DD or null for {@code today}.
     * A bad field is a {@link SheetOrders.FieldProblem} naming the field.
     */
    public static SheetOrder order(Catalogue catalogue, String patient, String date, String clinician,
                                   List<String> moves, String notes, LocalDate today) {
        return SheetOrders.of(catalogue, patient, date, clinician, moves, notes, today);
    }

    /** A finished PDF, its page count and, for a handout, how it was fitted on its pages (else null). */
    public record Pdf(byte[] bytes, int pages, Fitting fitting) {
        public Pdf(byte[] bytes, int pages) {
            this(bytes, pages, null);
        }
    }

    /**
     * How a handout was set: body text size in points, pictures drawn smaller than usual or left
     * out, the catalogue's short safety points in place of the full ones, tips and introduction kept
     * (the last two changes only to fit one page). {@code smallerText}: the text is smaller than the
     * handout's usual size (to save a page, or to fit {@code --pages}).
     */
    public record Fitting(float textSize, boolean smallerText, boolean smallerPictures, boolean pictures,
                          boolean shortSafety, boolean tips) {
    }

    /**
     * A card deck: {@code cards} cards, imposed {@code perSheet} to a sheet on {@code sheets} sheets
     * (0 and 0 when not imposed: one card a page), text set at {@code textSize} points.
     */
    public record CardSet(byte[] bytes, int cards, int perSheet, int sheets, float textSize) {
    }

    /**
     * A desk handout of the routine; {@code title} null means the catalogue's title. {@code date},
     * when not null, is written as the PDF's creation date (null: no date, reproducible bytes).
     */
    public Pdf handout(Routine routine, String title, PageFormat paper, RenderOptions options, Instant date) {
        return handout(routine, null, title, paper, options, date);
    }

    /**
     * A bilingual handout when {@code second} is not null: the routine's catalogue in another language
     * ({@link #inLanguage}); each move's name, steps, feel note and dose are printed in both.
     */
    public Pdf handout(Routine routine, Catalogue second, String title, PageFormat paper, RenderOptions options,
                       Instant date) {
        Handout handout = Handouts.build(routine, second == null ? null : sameRoutineIn(routine, second), title);
        var rendered = typesetter.handout(handout, paper, meta(handout.title().text(), routine.catalogue(), date),
                options);
        var laid = rendered.laid();
        return new Pdf(rendered.bytes(), rendered.pages(),
                new Fitting(laid.textSize(), laid.textSize() < options.style().body(), laid.smallerPictures(), laid.pictures(), laid.shortSafety(),
                        laid.tips()));
    }

    /**
     * Pocket cards of the routine in {@code format}; {@code sheet} null gives one card a page,
     * otherwise cards imposed on that paper with crop marks, backs shifted by the offset (mm).
     */
    public CardSet cards(Routine routine, String title, CardFormat format, PageFormat sheet, Duplex duplex,
                         float backOffsetX, float backOffsetY, boolean figures, Instant date) {
        CardDeck deck = Cards.build(routine, title);
        PdfMeta meta = meta(deck.title(), routine.catalogue(), date);
        CardPdf cards = typesetter.cards(deck, format, duplex != Duplex.NONE, meta, new RenderOptions(figures, false));
        if (sheet == null) {
            return new CardSet(cards.bytes(), cards.cards(), 0, 0, cards.textSize());
        }
        SheetPlan plan = SheetPlan.fit(format, sheet);
        var imposed = Imposition.impose(cards, plan, duplex, backOffsetX, backOffsetY, meta);
        return new CardSet(imposed.bytes(), cards.cards(), plan.count(), imposed.sheets(), cards.textSize());
    }

    /**
     * The contact sheet of the catalogue's figures, for people who draw their own: every move's
     * figure large, poses in order on the 100 × 100 grid with the joints named. A catalogue without
     * figures is a {@link UserError} ({@link ExitCode#NOTHING_TO_DRAW}) naming {@code source}.
     */
    public Pdf figures(Catalogue catalogue, String source, Instant date) {
        var rendered = typesetter.figures(catalogue, source, meta("Figures: " + catalogue.title(), catalogue, date));
        return new Pdf(rendered.bytes(), rendered.pages());
    }

    /** One patient's take-home sheet. The PDF's properties name the clinic, never the patient. */
    public Pdf sheet(Catalogue catalogue, Clinic clinic, SheetOrder order, PageFormat paper, RenderOptions options,
                     Instant date) {
        return sheet(catalogue, null, clinic, order, paper, options, date);
    }

    /** A bilingual sheet when {@code second} is not null (the catalogue in another language). */
    public Pdf sheet(Catalogue catalogue, Catalogue second, Clinic clinic, SheetOrder order, PageFormat paper,
                     RenderOptions options, Instant date) {
        var rendered = typesetter.sheet(Sheets.build(catalogue, second, clinic, order, options.fullSafety()), paper,
                sheetMeta(clinic, catalogue, date), options);
        return new Pdf(rendered.bytes(), rendered.pages());
    }

    /**
     * A move's figure as a square PNG {@code pixels} wide, for a screen (drawn by the same code as on
     * paper); {@code null} when the move has none.
     */
    public byte[] figurePng(Move move, int pixels) {
        if (move.figure() == null) {
            return null;
        }
        // A one-inch page rendered at N dpi is N pixels wide.
        float inch = 72f;
        byte[] pdf = typesetter.picture(FigureRenderer.draw(move.figure(), inch, inch), inch, inch, move.name());
        return Previews.png(pdf, pixels, move.id()).get(0);
    }

    /**
     * The first {@code maxPages} pages of a PDF as PNG bytes at {@code dpi} (from {@value Previews#MIN_DPI}
     * to {@value Previews#MAX_DPI}), for a screen preview.
     */
    public static List<byte[]> previews(byte[] pdf, int dpi, int maxPages) {
        return Previews.png(pdf, dpi, "document", maxPages);
    }

    /** Checks that the bundled fonts can print every character of a catalogue (for {@code check}). */
    public void checkPrintable(Catalogue catalogue) {
        typesetter.checkCoverage(catalogue);
    }

    /** Checks that the bundled fonts can print every field of a clinic profile that a sheet shows. */
    public void checkPrintable(Clinic clinic) {
        typesetter.checkCoverage(clinic);
    }

    /** The typesetter behind this instance, for the sheet batch's per-row checks. */
    Typesetter typesetter() {
        return typesetter;
    }

    static PdfMeta meta(String title, Catalogue catalogue, Instant date) {
        return new PdfMeta(title, catalogue.title(), catalogue.language(), date);
    }

    /** A sheet's metadata names the clinic, never the patient: file properties get shown and indexed. */
    public static PdfMeta sheetMeta(Clinic clinic, Catalogue catalogue, Instant date) {
        return new PdfMeta(Sheets.title(catalogue) + " \u2013 " + clinic.name(), catalogue.title(), catalogue.language(), date);
    }
}
