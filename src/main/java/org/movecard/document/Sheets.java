package org.movecard.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.catalogue.Move;
import org.movecard.language.Labels;
import org.movecard.selection.PrescribedMove;
import org.movecard.selection.Routine;
import org.movecard.selection.SheetOrder;

/** Builds a {@link TakeHomeSheet} from a catalogue, a clinic profile and one patient's order; pure. */
public final class Sheets {
    /**
     * The log gives a box per time of day, up to this many (the boxes wrap into rows within a day's
     * column); a dose given more often still says so in words above the log.
     */
    public static final int MAX_TICKS = 6;

    private Sheets() {
    }

    /** A sheet with the catalogue's short safety points (its stop-and-call box names the red flags). */
    public static TakeHomeSheet build(Catalogue catalogue, Clinic clinic, SheetOrder order) {
        return build(catalogue, clinic, order, false);
    }

    /** {@code fullSafety}: the catalogue's full safety points rather than its short ones. */
    public static TakeHomeSheet build(Catalogue catalogue, Clinic clinic, SheetOrder order, boolean fullSafety) {
        return build(catalogue, null, clinic, order, fullSafety);
    }

    /**
     * {@code second}, when not null, is the catalogue in a second language (the same move ids): each
     * move's name, steps, feel note and dose are printed in it too, under the first language's.
     */
    public static TakeHomeSheet build(Catalogue catalogue, Catalogue second, Clinic clinic, SheetOrder order,
                                      boolean fullSafety) {
        Labels labels = Labels.of(catalogue.language());
        List<Move> moves = order.moves().stream().map(PrescribedMove::move).toList();
        Routine routine = new Routine(catalogue, moves, List.of(), List.of());
        Routine other = second == null ? null : new Routine(second,
                moves.stream().map(m -> second.move(m.id()).orElseThrow()).toList(), List.of(), List.of());
        List<MoveSection> sections = new ArrayList<>();
        List<TakeHomeSheet.WeekLog.Row> rows = new ArrayList<>();
        for (int i = 0; i < order.moves().size(); i++) {
            PrescribedMove prescribed = order.moves().get(i);
            sections.add(prescribed(Handouts.section(routine, other, prescribed.move(), i + 1), prescribed, labels,
                    second == null ? null : Labels.of(second.language()), second == null ? null : second.language()));
            rows.add(new TakeHomeSheet.WeekLog.Row(i + 1, prescribed.move().name(), ticks(prescribed)));
        }
        var header = new TakeHomeSheet.Header(clinic.name(), clinic.address(), clinic.contactLine(labels), clinic.logoImage(),
                webUrl(clinic.web()), labels.text("sheet.web"), labels.text("sheet.web.alt", clinic.web() == null ? ""
                        : clinic.web()));
        var stop = Block.SafetyBox.signalledByTitle(labels.text("sheet.stop.signal"),
                labels.text("sheet.stop.title", clinic.phone()), clinic.callUsIf());
        Block.Paragraph notes = order.notes() == null ? null
                : new Block.Paragraph(Block.Paragraph.Kind.GENERAL_NOTES, null, order.notes());
        return new TakeHomeSheet(header, labels.text("sheet.title"), order.patient(), labels.date(order.date()),
                order.clinician(), catalogue.language(), fullSafety ? Handouts.safetyBox(catalogue.safety(), labels)
                        : new Block.SafetyBox(labels.text("safety.signal"), catalogue.safety().title(),
                                catalogue.safety().forCards()), stop, sections, notes,
                new TakeHomeSheet.WeekLog(days(order.date(), labels), rows),
                labels.text("sheet.stop.reminder", clinic.phone()));
    }

    /** The sheet's title in the catalogue's language ("Your home exercises"), for its metadata too. */
    public static String title(Catalogue catalogue) {
        return Labels.of(catalogue.language()).text("sheet.title");
    }

    /**
     * The shared move section with the prescribed dose in place of the catalogue's, first under the
     * heading where it is seen, and the clinician's note for the move after it.
     */
    static MoveSection prescribed(MoveSection section, PrescribedMove prescribed, Labels labels, Labels second,
                                  String secondLanguage) {
        List<Block> body = new ArrayList<>();
        String dose = prescribed.doseText(labels);
        if (dose != null) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.DOSE, labels.text("sheet.dose"), dose + ".",
                    second == null ? null : new Block.Second(secondLanguage, second.text("sheet.dose"),
                            prescribed.doseText(second) + ".")));
        }
        if (prescribed.note() != null) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.NOTE, labels.text("sheet.note"), prescribed.note()));
        }
        for (Block block : section.body()) {
            if (!(block instanceof Block.Paragraph p && p.kind() == Block.Paragraph.Kind.DOSE)) {
                body.add(block);
            }
        }
        return section.withBody(body);
    }

    private static int ticks(PrescribedMove prescribed) {
        var p = prescribed.prescription();
        int perDay = p == null || p.frequency() == null ? 1 : p.frequency().perDay();
        return Math.min(MAX_TICKS, perDay);
    }

    /** The seven days from the sheet's date: "Wed 25", "Thu 26", … */
    static List<String> days(LocalDate from, Labels labels) {
        List<String> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(labels.day(from.plusDays(i)));
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
