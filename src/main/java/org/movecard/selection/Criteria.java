package org.movecard.selection;

import java.util.List;

/**
 * Which moves to take from a catalogue: by setting ids, region ids, an explicit list of move ids
 * (kept in that order), minus excluded ids. Empty lists mean "no filter".
 */
public record Criteria(List<String> settings, List<String> regions, List<String> moves, List<String> exclude) {
    public static final Criteria ALL = new Criteria(List.of(), List.of(), List.of(), List.of());

    public Criteria {
        settings = List.copyOf(settings);
        regions = List.copyOf(regions);
        moves = List.copyOf(moves);
        exclude = List.copyOf(exclude);
    }
}
