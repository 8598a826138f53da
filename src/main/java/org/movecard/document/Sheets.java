package org.movecard.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.catalogue.Move;
import org.movecard.selection.PrescribedMove;
import org.movecard.selection.Routine;
import org.movecard.selection.SheetOrder;

/** Builds a {@link TakeHomeSheet} from a catalogue, a clinic profile and one patient's order; pure. */
public final class Sheets {
    /** The signal word of the clinic's box; with the border, icon and colour, never colour alone. */
    public static final String STOP_SIGNAL = "STOP AND CALL US";
    public static final String TITLE = "Your home exercises";
    static final String DOSE_LABEL = "Your dose:";
    static final String NOTE_LABEL = "Note:";
    /**
     * The log gives a box per time of day, up to this many (the boxes wrap into rows within a day's
     * column); a dose given more often still says so in words above the log.
     */
    public static final int MAX_TICKS = 6;

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    private Sheets() {
    }

    /** A sheet with the catalogue's short safety points (its stop-and-call box names the red flags). */
    public static TakeHomeSheet build(Catalogue catalogue, Clinic clinic, SheetOrder order) {
        return build(catalogue, clinic, order, false);
    }

    /** {@code fullSafety}: the catalogue's full safety points rather than its short ones. */
    public static TakeHomeSheet build(Catalogue catalogue, Clinic clinic, SheetOrder order, boolean fullSafety) {
        List<Move> moves = order.moves().stream().map(PrescribedMove::move).toList();
        Routine routine = new Routine(catalogue, moves, List.of(), List.of());
        List<MoveSection> sections = new ArrayList<>();
        List<TakeHomeSheet.WeekLog.Row> rows = new ArrayList<>();
        for (int i = 0; i < order.moves().size(); i++) {
            PrescribedMove prescribed = order.moves().get(i);
            sections.add(prescribed(Handouts.section(routine, prescribed.move(), i + 1), prescribed));
            rows.add(new TakeHomeSheet.WeekLog.Row(i + 1, prescribed.move().name(), ticks(prescribed)));
        }
        var header = new TakeHomeSheet.Header(clinic.name(), clinic.address(), clinic.contactLine(), clinic.logoImage(),
                webUrl(clinic.web()));
        var stop = new Block.SafetyBox(STOP_SIGNAL, "Stop and call us on " + clinic.phone() + " if:", clinic.callUsIf());
        Block.Paragraph notes = order.notes() == null ? null
                : new Block.Paragraph(Block.Paragraph.Kind.GENERAL_NOTES, null, order.notes());
        return new TakeHomeSheet(header, TITLE, order.patient(), longDate(order.date()), order.clinician(),
                catalogue.language(), fullSafety ? Handouts.safetyBox(catalogue.safety())
                        : new Block.SafetyBox(Handouts.SIGNAL_WORD, catalogue.safety().title(),
                                catalogue.safety().forCards()), stop, sections, notes,
                new TakeHomeSheet.WeekLog(days(order.date()), rows));
    }

    /** "25 November 2026". */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /**
     * The shared move section with the prescribed dose in place of the catalogue's, first under the
     * heading where it is seen, and the clinician's note for the move after it.
     */
    static MoveSection prescribed(MoveSection section, PrescribedMove prescribed) {
        List<Block> body = new ArrayList<>();
        String dose = prescribed.doseText();
        if (dose != null) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.DOSE, DOSE_LABEL, dose + "."));
        }
        if (prescribed.note() != null) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.NOTE, NOTE_LABEL, prescribed.note()));
        }
        for (Block block : section.body()) {
            if (!(block instanceof Block.Paragraph p && p.kind() == Block.Paragraph.Kind.DOSE)) {
                body.add(block);
            }
        }
        return new MoveSection(section.number(), section.moveId(), section.heading(), section.meta(), body,
                section.pictures());
    }

    private static int ticks(PrescribedMove prescribed) {
        var p = prescribed.prescription();
        int perDay = p == null || p.frequency() == null ? 1 : p.frequency().perDay();
        return Math.min(MAX_TICKS, perDay);
    }

    /** The seven days from the sheet's date: "Wed 25", "Thu 26", … */
    static List<String> days(LocalDate from) {
        List<String> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(DAY.format(from.plusDays(i)));
        }
        return days;
    }

    /** A web address as written in a profile ("clinic.example") made a link a phone can open. */
    static String webUrl(String web) {
        if (web == null) {
            return null;
        }
        return web.startsWith("http://") || web.startsWith("https://") ? web : "https://" + web;
    }
}
