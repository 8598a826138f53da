package org.movecard.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.movecard.catalogue.Move;
import org.movecard.catalogue.Region;
import org.movecard.catalogue.Safety;
import org.movecard.catalogue.Setting;
import org.movecard.language.Labels;
import org.movecard.selection.Routine;

/** Builds a {@link Handout} from a routine; pure. */
public final class Handouts {
    private Handouts() {
    }

    /** The words of a catalogue's language. */
    static Labels labels(Routine routine) {
        return Labels.of(routine.catalogue().language());
    }

    /** {@code title} may be null: the catalogue's title is used. */
    public static Handout build(Routine routine, String title) {
        return build(routine, null, title);
    }

    /**
     * A handout in the routine's language; {@code second}, when not null, is the same routine in a
     * second language (the same moves), whose names, steps, feel notes and doses are printed under
     * the first language's. {@code title} may be null: the catalogue's title is used.
     */
    public static Handout build(Routine routine, Routine second, String title) {
        var catalogue = routine.catalogue();
        Labels labels = labels(routine);
        String heading = title == null || title.isBlank() ? catalogue.title() : title.strip();
        List<MoveSection> sections = new ArrayList<>();
        int number = 1;
        for (Move move : routine.moves()) {
            sections.add(section(routine, second, move, number++));
        }
        Block.Paragraph intro = catalogue.intro() == null ? null
                : new Block.Paragraph(Block.Paragraph.Kind.INTRO, null, catalogue.intro());
        return new Handout(new Block.Heading(1, heading), subtitle(routine, labels), catalogue.language(), intro,
                safetyBox(catalogue.safety(), labels),
                labels.text("handout.reminder", sentence(catalogue.safety().title())),
                sections, heading, shortSafetyBox(catalogue.safety(), labels),
                second == null ? null : inLanguage(safetyBox(second.catalogue().safety(), labels(second)),
                        second.catalogue().language()),
                second == null ? null : inLanguage(shortSafetyBox(second.catalogue().safety(), labels(second)),
                        second.catalogue().language()));
    }

    /** The box marked as a second language's, so it is tagged in that language (null stays null). */
    private static Block.SafetyBox inLanguage(Block.SafetyBox box, String language) {
        return box == null ? null
                : new Block.SafetyBox(box.signalWord(), box.title(), box.points(), language, box.titleSignals());
    }

    public static Block.SafetyBox safetyBox(Safety safety, Labels labels) {
        return new Block.SafetyBox(labels.text("safety.signal"), safety.title(), safety.points());
    }

    /** The safety box with the catalogue's short points, or {@code null} when it gives none. */
    public static Block.SafetyBox shortSafetyBox(Safety safety, Labels labels) {
        return safety.shortPoints().isEmpty() ? null
                : new Block.SafetyBox(labels.text("safety.signal"), safety.title(), safety.shortPoints());
    }

    /** The part of a move shared by every document kind: what to bring, the steps, feel, dose, tips. */
    public static MoveSection section(Routine routine, Move move, int number) {
        return section(routine, null, move, number);
    }

    /** The same, with the move's text in {@code second}'s language too when it is not null. */
    public static MoveSection section(Routine routine, Routine second, Move move, int number) {
        Labels labels = labels(routine);
        Move other = second == null ? null : second.catalogue().move(move.id()).orElseThrow(
                () -> new IllegalArgumentException("move " + move.id() + " missing from the second language"));
        Labels otherLabels = second == null ? null : labels(second);
        String otherLanguage = second == null ? null : second.catalogue().language();
        List<Block> body = new ArrayList<>();
        // How much comes first, under the heading, where home-exercise sheets put it.
        if (move.dose() != null) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.DOSE, labels.text("label.dose"),
                    move.dose().text(labels) + ".", other == null ? null : new Block.Second(otherLanguage,
                            otherLabels.text("label.dose"), other.dose().text(otherLabels) + ".")));
        }
        if (!move.equipment().isEmpty()) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.EQUIPMENT, labels.text("label.equipment"),
                    sentenceList(move.equipment())));
        }
        List<Block.Second> steps = other == null ? List.of()
                : other.steps().stream().map(s -> new Block.Second(otherLanguage, null, s)).toList();
        body.add(new Block.StepList(move.steps(), steps));
        if (move.feel() != null) {
            body.add(new Block.FeelNote(move.feel(), other == null || other.feel() == null ? null
                    : new Block.Second(otherLanguage, null, other.feel())));
        }
        for (String tip : move.tips()) {
            body.add(new Block.Paragraph(Block.Paragraph.Kind.TIP, labels.text("label.tip"), tip));
        }
        return new MoveSection(number, move.id(), new Block.Heading(2, move.name()), meta(routine, move), body,
                pictures(routine, move), other == null ? null : new Block.Second(otherLanguage, null, other.name()));
    }

    /** The move's figure, the zones of its regions and its video: what any document may draw. */
    public static Pictures pictures(Routine routine, Move move) {
        Labels labels = labels(routine);
        List<String> zones = routine.catalogue().regions().stream().map(Region::zone)
                .filter(z -> z != null).distinct().toList();
        List<Region> mapped = routine.regionsOf(move).stream().filter(r -> r.zone() != null).toList();
        Set<String> targets = mapped.stream().map(Region::zone).collect(Collectors.toSet());
        String mapAlt = labels.text("map.alt", labels.and(mapped.stream().map(Region::label)
                .map(labels::inPhrase).toList()));
        return new Pictures(move.figure(), zones, targets, move.video(), mapped.isEmpty() ? "-" : mapAlt,
                labels.text("video.caption"), labels.text("video.alt", move.video() == null ? "" : move.video()));
    }

    /** "On a chair · Upper back, Middle back". */
    static String meta(Routine routine, Move move) {
        String regions = routine.regionsOf(move).stream().map(Region::label).collect(Collectors.joining(", "));
        return routine.settingOf(move).label() + " \u00b7 " + regions;
    }

    /** Says what was chosen: "6 moves · On a chair, Standing · for the lower back". */
    static String subtitle(Routine routine, Labels labels) {
        int n = routine.moves().size();
        StringBuilder s = new StringBuilder(labels.text("handout.moves", n));
        List<Setting> settings = routine.askedSettings();
        if (settings.isEmpty()) {
            // Told apart by id: a record's own equals and hashCode cost a cold start their linking.
            Map<String, Setting> used = new LinkedHashMap<>();
            routine.moves().forEach(m -> used.putIfAbsent(m.setting(), routine.settingOf(m)));
            settings = List.copyOf(used.values());
        }
        s.append(" \u00b7 ").append(settings.stream().map(Setting::label)
                .collect(Collectors.joining(labels.text("list.separator"))));
        if (!routine.askedRegions().isEmpty()) {
            s.append(" \u00b7 ").append(labels.text("handout.regions", labels.and(routine.askedRegions().stream()
                    .map(Region::label).map(labels::inPhrase).toList())));
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
            return labels(routine).text("routine.name", capitalise(settings.get(0).id().replace('-', ' ')),
                    settings.get(0).label());
        }
        return routine.catalogue().title();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
