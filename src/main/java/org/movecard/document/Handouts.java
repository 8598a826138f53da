package org.movecard.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.movecard.catalogue.Move;
import org.movecard.catalogue.Region;
import org.movecard.catalogue.Safety;
import org.movecard.catalogue.Setting;
import org.movecard.selection.Routine;

/** Builds a {@link Handout} from a routine; pure. */
public final class Handouts {
    /** The signal word in the safety box; colour never carries the meaning alone. */
    public static final String SIGNAL_WORD = "SAFETY";

    private Handouts() {
    }

    /** {@code title} may be null: the catalogue's title is used. */
    public static Handout build(Routine routine, String title) {
        var catalogue = routine.catalogue();
        String heading = title == null || title.isBlank() ? catalogue.title() : title.strip();
        List<MoveSection> sections = new ArrayList<>();
        int number = 1;
        for (Move move : routine.moves()) {
            sections.add(section(routine, move, number++));
        }
        Block.Paragraph intro = catalogue.intro() == null ? null
                : new Block.Paragraph(Block.Paragraph.Kind.INTRO, null, catalogue.intro());
        return new Handout(new Block.Heading(1, heading), subtitle(routine), catalogue.language(), intro,
                safetyBox(catalogue.safety()),
                sentence(catalogue.safety().title()) + " Full safety notes on page 1.",
                sections, heading, shortSafetyBox(catalogue.safety()));
    }

    public static Block.SafetyBox safetyBox(Safety safety) {
        return new Block.SafetyBox(SIGNAL_WORD, safety.title(), safety.points());
    }

    /** The safety box with the catalogue's short points, or {@code null} when it gives none. */
    public static Block.SafetyBox shortSafetyBox(Safety safety) {
        return safety.shortPoints().isEmpty() ? null
                : new Block.SafetyBox(SIGNAL_WORD, safety.title(), safety.shortPoints());
    }

    /** The part of a move shared by every document kind: what to bring, the steps, feel, dose, tips. */
    public static MoveSection section(Routine routine, Move move, int number) {
        List<Block> body = new ArrayList<>();
        // How much comes first, under the heading, where home-exercise sheets put it.
        if (move.dose() != null) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.DOSE, "How much:", move.dose().text() + "."));
        }
        if (!move.equipment().isEmpty()) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.EQUIPMENT, "You'll need:",
                    sentenceList(move.equipment())));
        }
        body.add(new Block.StepList(move.steps()));
        if (move.feel() != null) {
            body.add(new Block.FeelNote(move.feel()));
        }
        for (String tip : move.tips()) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.TIP, "Tip:", tip));
        }
        return new MoveSection(number, move.id(), new Block.Heading(2, move.name()), meta(routine, move), body,
                pictures(routine, move));
    }

    /** The move's figure, the zones of its regions and its video: what any document may draw. */
    public static Pictures pictures(Routine routine, Move move) {
        List<String> zones = routine.catalogue().regions().stream().map(Region::zone)
                .filter(z -> z != null).distinct().toList();
        Set<String> targets = routine.regionsOf(move).stream().map(Region::zone)
                .filter(z -> z != null).collect(Collectors.toSet());
        return new Pictures(move.figure(), zones, targets, move.video());
    }

    /** "On a chair · Upper back, Middle back". */
    static String meta(Routine routine, Move move) {
        String regions = routine.regionsOf(move).stream().map(Region::label).collect(Collectors.joining(", "));
        return routine.settingOf(move).label() + " \u00b7 " + regions;
    }

    /** Says what was chosen: "6 moves · On a chair, Standing · for the Lower back". */
    static String subtitle(Routine routine) {
        int n = routine.moves().size();
        StringBuilder s = new StringBuilder(n + (n == 1 ? " move" : " moves"));
        List<Setting> settings = routine.askedSettings().isEmpty()
                ? routine.moves().stream().map(routine::settingOf).distinct().toList()
                : routine.askedSettings();
        s.append(" \u00b7 ").append(settings.stream().map(Setting::label).collect(Collectors.joining(", ")));
        if (!routine.askedRegions().isEmpty()) {
            s.append(" \u00b7 for the ").append(routine.askedRegions().stream().map(Region::label)
                    .map(Handouts::lowerFirst).collect(Collectors.joining(" and ")));
        }
        return s.toString();
    }

    /**
     * A short name for a routine: "Floor routine" when one setting was chosen, else the catalogue
     * title.
     */
    public static String routineName(Routine routine) {
        List<Setting> settings = routine.moves().stream().map(routine::settingOf).distinct().toList();
        if (settings.size() == 1 && !routine.askedSettings().isEmpty()) {
            return capitalise(settings.get(0).id().replace('-', ' ')) + " routine";
        }
        return routine.catalogue().title();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** Ends a title with a full stop so another sentence can follow it. */
    private static String sentence(String text) {
        return text.matches(".*[.!?]$") ? text : text + ".";
    }

    private static String sentenceList(List<String> items) {
        String joined = String.join("; ", items);
        return joined.endsWith(".") ? joined : joined + ".";
    }
}
