package org.movecard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.movecard.ExitCode;
import org.movecard.Movecard;
import org.movecard.UserError;
import org.movecard.layout.CardFormat;
import org.movecard.layout.PageFormat;
import org.movecard.output.AtomicFiles;
import org.movecard.press.Duplex;
import org.movecard.selection.Routine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code movecard card}: pocket cards, imposed several-up on a sheet with crop marks. */
@Command(name = "card", header = "Pocket cards for a routine, imposed on a sheet with crop marks.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Writes pocket cards for a routine: numbered steps, where you'll feel it and how much,",
            "with the safety box on every card. Cards are imposed several-up on a sheet with crop",
            "marks (cut along them), or one card per page for a print shop (--sheet none).",
            "Text shrinks to fit, never below the format's minimum; a move that still does not fit",
            "continues on the next card.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  movecard card --setting floor                       A6 cards, 2 on an A4 sheet",
            "  movecard card --setting floor --duplex long-edge    safety on the back",
            "  movecard card --format wallet --sheet letter --moves lying-twist,hug-curl-up",
            "  movecard card --format a7 --sheet none -o output/print-shop.pdf",
            "",
            "Formats: a6 105x148 mm (text 10 pt, min 8), a7 74x105 mm (8.5, min 7),",
            "wallet 85.6x54 mm (7.5, min 6.5). Cards carry 3 mm bleed; crop marks sit 3 mm",
            "outside the cut.",
        })
final class CardCommand implements Callable<Integer> {
    private static final AtomicFiles.OutputHint HINT = new AtomicFiles.OutputHint("-o", "card.pdf");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Mixin
    CatalogueOption catalogueFile;

    @Mixin
    LanguageOption language;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "a6", converter = Format.class,
            description = "Card size: a6, a7 or wallet (default: ${DEFAULT-VALUE}).")
    CardFormat format;

    @Option(names = "--sheet", paramLabel = "SHEET", defaultValue = "a4",
            description = "Sheet to impose cards on: a4, letter, or none for one card per page (default: ${DEFAULT-VALUE}).")
    String sheet;

    @Option(names = "--duplex", paramLabel = "MODE", defaultValue = "none", converter = DuplexConverter.class,
            description = "none (safety as a band on each front), long-edge or short-edge: fronts and backs on "
                    + "alternate sheets, safety on the back (default: ${DEFAULT-VALUE}).")
    Duplex duplex;

    @Option(names = "--back-offset", paramLabel = "X,Y", defaultValue = "0,0", converter = OffsetConverter.class,
            description = "Shift backs by X,Y mm to correct a printer that mis-registers (default: ${DEFAULT-VALUE}).")
    Offset backOffset;

    @Option(names = "--no-figures",
            description = "Leave out the pictures of the moves (they are left out anyway where they would shrink the text).")
    boolean noFigures;

    @Option(names = {"-t", "--title"}, paramLabel = "TEXT",
            description = "Routine name on every card (default: e.g. \"Floor routine\").")
    String title;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = OutputFileConverter.class,
            defaultValue = "output/card.pdf",
            description = "Output PDF, default ${DEFAULT-VALUE}; missing folders are created; - for standard output.")
    Path output;

    @Override
    public Integer call() {
        PageFormat paper = "none".equalsIgnoreCase(sheet) ? null : PageFormat.paper(sheet);
        if (paper == null && !"none".equalsIgnoreCase(sheet)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown sheet '" + sheet + "'; use a4, letter or none");
        }
        AtomicFiles.requireNotAnInput(output, HINT, "the catalogue", catalogueFile.file);
        Movecard.Languages languages = language.of(catalogueFile.load(), catalogueFile.file);
        if (languages.second() != null) {
            throw new UserError(ExitCode.INVALID_INPUT, "pocket cards are printed in one language",
                    "give one language, e.g. --language " + languages.second().language()
                            + ", and print a deck for each; handouts and sheets take two");
        }
        Routine routine = Movecard.select(languages.first(), selection.criteria());
        Movecard.CardSet cards = Warmup.movecard().cards(routine, title, format, paper, duplex, backOffset.x(),
                backOffset.y(), !noFigures, Meta.sourceDate());
        PrintWriter report = PdfOut.write(spec, output, cards.bytes(), HINT);
        String what = cards.cards() + (cards.cards() == 1 ? " card" : " cards") + (paper == null ? ", one per page"
                : ", " + cards.perSheet() + " per " + paper.name().toUpperCase() + " sheet, " + cards.sheets()
                        + (cards.sheets() == 1 ? " sheet" : " sheets"));
        report.printf("wrote %s (%s, %s, %s text at %s pt%s)%n", PdfOut.name(output),
                Plural.of(routine.moves().size(), "move"), what, format.name().toUpperCase(), trim(cards.textSize()),
                duplex == Duplex.NONE ? "" : ", duplex " + duplex.label());
        return 0;
    }

    private static String trim(float size) {
        return size == Math.rint(size) ? Integer.toString((int) size) : Float.toString(size);
    }

    /** {@code --format}. */
    static final class Format implements CommandLine.ITypeConverter<CardFormat> {
        @Override
        public CardFormat convert(String value) {
            CardFormat f = CardFormat.named(value);
            if (f == null) {
                throw new CommandLine.TypeConversionException("unknown card format '" + value + "'; use a6, a7 or wallet");
            }
            return f;
        }
    }

    /** {@code --duplex}. */
    static final class DuplexConverter implements CommandLine.ITypeConverter<Duplex> {
        @Override
        public Duplex convert(String value) {
            Duplex d = Duplex.named(value);
            if (d == null) {
                throw new CommandLine.TypeConversionException("unknown duplex mode '" + value
                        + "'; use none, long-edge or short-edge");
            }
            return d;
        }
    }

    /** A back offset in millimetres. */
    record Offset(float x, float y) {
    }

    /** {@code --back-offset X,Y} in millimetres. */
    static final class OffsetConverter implements CommandLine.ITypeConverter<Offset> {
        private static final float LIMIT_MM = 20f;

        @Override
        public Offset convert(String value) {
            String[] parts = value.split(",");
            try {
                if (parts.length == 2) {
                    float x = Float.parseFloat(parts[0].strip());
                    float y = Float.parseFloat(parts[1].strip());
                    if (Math.abs(x) <= LIMIT_MM && Math.abs(y) <= LIMIT_MM) {
                        return new Offset(x, y);
                    }
                }
            } catch (NumberFormatException e) {
                // Reported below with the expected form.
            }
            throw new CommandLine.TypeConversionException("bad back offset '" + value
                    + "'; give X,Y in millimetres between -20 and 20, e.g. 0.5,-1");
        }
    }
}
