package org.movecard.document;

import java.util.List;
import org.movecard.catalogue.Logo;

/**
 * One patient's take-home sheet: the clinic header, who and when, the catalogue's safety box, the
 * clinic's "stop and call us" box, the prescribed moves (each with its dose and note), general
 * notes and a week log. {@code reminder} is the line later pages repeat: whom to call, and when.
 */
public record TakeHomeSheet(Header header, String title, String patient, String date, String clinician,
                            String language, Block.SafetyBox safety, Block.SafetyBox stop,
                            List<MoveSection> moves, Block.Paragraph notes, WeekLog log, String reminder) {
    public TakeHomeSheet {
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a sheet has at least one move");
        }
        Block.Texts.require(patient, "patient");
        Block.Texts.require(date, "date");
        Block.Texts.require(reminder, "reminder");
    }

    /** The clinic as printed at the top: name, address lines, a contact line and an optional logo. */
    /**
     * {@code web}, when not null, is the clinic's web address as a full URL (it becomes a QR code with
     * {@code webCaption} under it and {@code webAlt} for screen readers).
     */
    public record Header(String clinic, List<String> address, String contact, Logo logo, String web,
                         String webCaption, String webAlt) {
        public Header {
            Block.Texts.require(clinic, "clinic");
            address = List.copyOf(address);
        }
    }

    /** A tick grid: one column per day (labels), one row per move, {@code ticks} boxes per cell. */
    public record WeekLog(List<String> days, List<Row> rows) {
        public WeekLog {
            days = List.copyOf(days);
            rows = List.copyOf(rows);
            if (days.size() != 7 || rows.isEmpty()) {
                throw new IllegalArgumentException("a week log has 7 days and at least one row");
            }
        }

        /** A move's row: its number and name, and how many boxes each day gets (1–3). */
        public record Row(int number, String name, int ticks) {
            public Row {
                if (ticks < 1 || ticks > Sheets.MAX_TICKS) {
                    throw new IllegalArgumentException("ticks " + ticks);
                }
            }
        }
    }
}
