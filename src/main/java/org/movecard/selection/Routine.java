package org.movecard.selection;

import java.util.List;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Move;
import org.movecard.catalogue.Region;
import org.movecard.catalogue.Setting;

/**
 * The moves chosen from a catalogue, in the order they are to be done, with the settings and
 * regions that were asked for (empty when not filtered) so documents can say what was chosen.
 */
public record Routine(Catalogue catalogue, List<Move> moves, List<Setting> askedSettings,
                      List<Region> askedRegions) {
    public Routine {
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a routine has at least one move");
        }
        askedSettings = List.copyOf(askedSettings);
        askedRegions = List.copyOf(askedRegions);
    }

    public Setting settingOf(Move move) {
        return catalogue.setting(move.setting()).orElseThrow();
    }

    public List<Region> regionsOf(Move move) {
        return move.regions().stream().map(id -> catalogue.region(id).orElseThrow()).toList();
    }
}
