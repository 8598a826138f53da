package org.movecard.web;

import java.util.List;

/**
 * The JSON bodies of the document endpoints. Field names follow the CLI options ({@code --large-print}
 * is {@code largePrint}); absent fields take the CLI's defaults. Documented in docs/api.md.
 */
final class Requests {
    private Requests() {
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static boolean flag(Boolean value) {
        return value != null && value;
    }

    /** {@code POST /api/handout}. */
    record Handout(List<String> settings, List<String> regions, List<String> moves, List<String> exclude,
                   String title, String paper, Boolean largePrint, Boolean noFigures, Boolean oneColumn,
                   Integer pages, String language) {
        Handout {
            settings = orEmpty(settings);
            regions = orEmpty(regions);
            moves = orEmpty(moves);
            exclude = orEmpty(exclude);
            largePrint = flag(largePrint);
            noFigures = flag(noFigures);
            oneColumn = flag(oneColumn);
        }
    }

    /** {@code POST /api/card}. */
    record Card(List<String> settings, List<String> regions, List<String> moves, List<String> exclude,
                String title, String format, String sheet, String duplex, String backOffset, Boolean noFigures,
                String language) {
        Card {
            settings = orEmpty(settings);
            regions = orEmpty(regions);
            moves = orEmpty(moves);
            exclude = orEmpty(exclude);
            noFigures = flag(noFigures);
        }
    }

    /** {@code POST /api/sheet}: {@code moves} are dose entries ("chair-twist: hold 20s, 3 times"). */
    record Sheet(String patient, String date, String clinician, List<String> moves, String notes,
                 String paper, Boolean largePrint, Boolean noFigures, String language) {
        Sheet {
            moves = orEmpty(moves);
            largePrint = flag(largePrint);
            noFigures = flag(noFigures);
        }
    }

    /**
     * A saved programme: which document, the moves (dose entries, in order) and the print choices;
     * no patient, clinician, date or notes, which a template never holds.
     */
    record Template(String document, String title, List<String> moves, String paper, Boolean largePrint,
                    Boolean noFigures, Boolean oneColumn, String format, String sheet, String duplex,
                    String language, Integer pages) {
        Template {
            moves = orEmpty(moves);
            largePrint = flag(largePrint);
            noFigures = flag(noFigures);
            oneColumn = flag(oneColumn);
        }
    }
}
