package org.movecard.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.movecard.Movecard;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.press.Duplex;
import org.movecard.selection.Criteria;
import org.movecard.selection.DoseSyntax;
import org.movecard.selection.InputProblem;
import org.movecard.selection.SheetOrder;
import org.movecard.selection.SheetOrders;
import org.movecard.layout.CardFormat;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RenderOptions;

/**
 * Turns request bodies into facade calls: checks each field the way the CLI checks its option, in
 * the same words, and names the field when it is wrong. The PDF is made by {@link Movecard}.
 */
final class Documents {
    /** A finished document: the PDF, its page count and the file name offered for download. */
    record Made(byte[] pdf, int pages, String fileName) {
    }

    private static final float MAX_BACK_OFFSET_MM = 20f;

    private final Catalogue catalogue;
    private final Path catalogueFile;
    private final Clinic clinic;

    Documents(Catalogue catalogue, Path catalogueFile, Clinic clinic) {
        this.catalogue = catalogue;
        this.catalogueFile = catalogueFile;
        this.clinic = clinic;
    }

    /** The catalogue in the request's {@code language} ("es", or "en,es" for two), as {@code --language}. */
    private Movecard.Languages languages(String language) {
        try {
            return Movecard.languages(catalogue, catalogueFile, blankToNull(language));
        } catch (UserError e) {
            throw ApiError.field("language", e.getMessage(), e.hint());
        }
    }

    Made handout(Movecard movecard, Requests.Handout r) {
        Movecard.Languages languages = languages(r.language());
        var routine = Movecard.select(languages.first(), criteria(r.settings(), r.regions(), r.moves(), r.exclude()));
        var options = new RenderOptions(!r.noFigures(), r.largePrint(), r.oneColumn()).withPages(pagesOption(r.pages()));
        Movecard.Pdf pdf = movecard.handout(routine, languages.second(), blankToNull(r.title()), paper(r.paper()),
                options, null);
        return new Made(pdf.bytes(), pdf.pages(), "handout.pdf");
    }

    /** A handout's {@code pages}: 0 (as many as it takes) when absent, else 1 to the most allowed. */
    private static int pagesOption(Integer pages) {
        if (pages == null) {
            return 0;
        }
        if (pages < 1 || pages > RenderOptions.MAX_PAGES) {
            throw ApiError.field("pages", pages + " is out of range",
                    "give a number of pages from 1 to " + RenderOptions.MAX_PAGES + ", e.g. 1 for a pin-up");
        }
        return pages;
    }

    Made card(Movecard movecard, Requests.Card r) {
        CardFormat format = r.format() == null ? CardFormat.A6 : CardFormat.named(r.format());
        if (format == null) {
            throw ApiError.field("format", "unknown card format '" + r.format() + "'", "use a6, a7 or wallet");
        }
        PageFormat sheet = sheet(r.sheet());
        Duplex duplex = r.duplex() == null ? Duplex.NONE : Duplex.named(r.duplex());
        if (duplex == null) {
            throw ApiError.field("duplex", "unknown duplex mode '" + r.duplex() + "'",
                    "use none, long-edge or short-edge");
        }
        float[] offset = backOffset(r.backOffset());
        Movecard.Languages languages = languages(r.language());
        if (languages.second() != null) {
            throw ApiError.field("language", "pocket cards are printed in one language",
                    "give one language; handouts and sheets take two");
        }
        var routine = Movecard.select(languages.first(), criteria(r.settings(), r.regions(), r.moves(), r.exclude()));
        Movecard.CardSet cards = movecard.cards(routine, blankToNull(r.title()), format, sheet, duplex, offset[0],
                offset[1], !r.noFigures(), null);
        int faces = duplex == Duplex.NONE ? 1 : 2;
        int pages = (sheet == null ? cards.cards() : cards.sheets()) * faces;
        return new Made(cards.bytes(), pages, "cards.pdf");
    }

    Made sheet(Movecard movecard, Requests.Sheet r) {
        if (clinic == null) {
            throw new ApiError(ApiError.CONFLICT, null,
                    "this server has no clinic profile, so it cannot make take-home sheets",
                    "start it with: movecard serve --clinic FILE (a profile like data/examples/clinic.json, see docs/clinic.md)");
        }
        PageFormat paper = paper(r.paper());
        Movecard.Languages languages = languages(r.language());
        SheetOrder order;
        try {
            order = Movecard.order(languages.first(), r.patient(), r.date(), r.clinician(), r.moves(), r.notes(),
                    LocalDate.now());
        } catch (SheetOrders.FieldProblem p) {
            throw ApiError.field(p.field(), p.getMessage(), p.hint());
        }
        Movecard.Pdf pdf = movecard.sheet(languages.first(), languages.second(), clinic, order, paper,
                new RenderOptions(!r.noFigures(), r.largePrint()), null);
        // The download's name stays generic: file names end up in histories and logs.
        return new Made(pdf.bytes(), pdf.pages(), "take-home-sheet.pdf");
    }

    /** Checks a template's fields as the document endpoints would, before it is written to disk. */
    void check(Requests.Template t) {
        if (!List.of("handout", "card", "sheet").contains(String.valueOf(t.document()))) {
            throw ApiError.field("document", "must be handout, card or sheet", "say which document the programme is for");
        }
        if (t.moves().isEmpty()) {
            throw ApiError.field("moves", "no moves given", "pick at least one move into the programme");
        }
        try {
            // The same list and checks as a sheet's moves, so "move 2: …" counts the same way.
            SheetOrder.resolve(catalogue, DoseSyntax.parseList(String.join(" " + DoseSyntax.MOVE_SEPARATOR + " ",
                    t.moves())));
        } catch (InputProblem p) {
            throw ApiError.field("moves", p.getMessage(), p.hint());
        } catch (IllegalArgumentException e) {
            throw ApiError.field("moves", e.getMessage(), "check the move's note");
        }
        paper(t.paper());
        sheet(t.sheet());
        if (t.format() != null && CardFormat.named(t.format()) == null) {
            throw ApiError.field("format", "unknown card format '" + t.format() + "'", "use a6, a7 or wallet");
        }
        if (t.duplex() != null && Duplex.named(t.duplex()) == null) {
            throw ApiError.field("duplex", "unknown duplex mode '" + t.duplex() + "'", "use none, long-edge or short-edge");
        }
        languages(t.language());
        pagesOption(t.pages());
    }

    private Criteria criteria(List<String> settings, List<String> regions, List<String> moves, List<String> exclude) {
        known("settings", "setting", settings, catalogue.settings().stream().map(s -> s.id()).toList());
        known("regions", "region", regions, catalogue.regions().stream().map(r -> r.id()).toList());
        List<String> ids = catalogue.moves().stream().map(m -> m.id()).toList();
        known("moves", "move", moves, ids);
        known("exclude", "move", exclude, ids);
        return new Criteria(settings, regions, moves, exclude);
    }

    private static void known(String field, String what, List<String> given, List<String> ids) {
        Optional<String> unknown = given.stream().filter(g -> !ids.contains(g)).findFirst();
        if (unknown.isPresent()) {
            throw ApiError.field(field, "unknown " + what + " \"" + unknown.get() + "\"",
                    "the catalogue's " + what + "s are: " + ids.stream().collect(Collectors.joining(", ")));
        }
    }

    private static PageFormat paper(String name) {
        return parse("paper", name, PageFormat.A4, PageFormat::paper,
                "unknown paper size '" + name + "'", "use a4 or letter");
    }

    /** Card sheet: a4 (default), letter, or none for one card a page (null). */
    private static PageFormat sheet(String name) {
        if ("none".equalsIgnoreCase(name)) {
            return null;
        }
        return parse("sheet", name, PageFormat.A4, PageFormat::paper, "unknown sheet '" + name + "'",
                "use a4, letter or none");
    }

    private static <T> T parse(String field, String value, T fallback, Function<String, T> lookup, String problem,
                               String hint) {
        if (value == null) {
            return fallback;
        }
        T found = lookup.apply(value);
        if (found == null) {
            throw ApiError.field(field, problem, hint);
        }
        return found;
    }

    private static float[] backOffset(String value) {
        if (value == null) {
            return new float[] {0, 0};
        }
        String[] parts = value.split(",");
        try {
            if (parts.length == 2) {
                float x = Float.parseFloat(parts[0].strip());
                float y = Float.parseFloat(parts[1].strip());
                if (Math.abs(x) <= MAX_BACK_OFFSET_MM && Math.abs(y) <= MAX_BACK_OFFSET_MM) {
                    return new float[] {x, y};
                }
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected form.
        }
        throw ApiError.field("backOffset", "bad back offset '" + value + "'",
                "give X,Y in millimetres between -20 and 20, e.g. 0.5,-1");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
