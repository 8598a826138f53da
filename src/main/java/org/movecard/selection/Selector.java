package org.movecard.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Move;
import org.movecard.catalogue.Region;
import org.movecard.catalogue.Setting;
import org.movecard.catalogue.Spelling;

/** Chooses a {@link Routine} from a catalogue; pure, and the only place selection rules live. */
public final class Selector {
    private Selector() {
    }

    /**
     * Explicit move ids keep the order given; otherwise moves are grouped by setting in the order the
     * catalogue declares its settings (chair, then standing, then floor), so nobody keeps getting up
     * and down, and keep catalogue order within a setting.
     */
    public static Routine select(Catalogue catalogue, Criteria criteria) {
        List<Setting> settings = resolve(criteria.settings(), catalogue.settings(), Setting::id, "setting");
        List<Region> regions = resolve(criteria.regions(), catalogue.regions(), Region::id, "region");
        List<Move> named = resolve(criteria.moves(), catalogue.moves(), Move::id, "move");
        resolve(criteria.exclude(), catalogue.moves(), Move::id, "move");

        List<Move> candidates = named.isEmpty() ? bySetting(catalogue) : named;
        List<Move> chosen = new ArrayList<>();
        // By id, in a set: comparing whole moves against every one chosen made thousands of moves take seconds.
        Set<String> seen = new HashSet<>();
        for (Move move : candidates) {
            boolean settingOk = settings.isEmpty() || settings.stream().anyMatch(s -> s.id().equals(move.setting()));
            boolean regionOk = regions.isEmpty() || regions.stream().anyMatch(r -> move.regions().contains(r.id()));
            if (settingOk && regionOk && !criteria.exclude().contains(move.id()) && seen.add(move.id())) {
                chosen.add(move);
            }
        }
        if (chosen.isEmpty()) {
            String excluded = criteria.exclude().isEmpty() ? "" : "; " + Hint.option("exclude") + " left out every move that matched";
            throw new UserError(ExitCode.INVALID_INPUT, "no move matches the selection",
                    "settings: " + ids(catalogue.settings(), Setting::id)
                            + "; regions: " + ids(catalogue.regions(), Region::id)
                            + " (see them with " + Hint.command("list") + ")" + excluded);
        }
        return new Routine(catalogue, chosen, settings, regions);
    }

    private static List<Move> bySetting(Catalogue catalogue) {
        List<String> order = catalogue.settings().stream().map(Setting::id).toList();
        return catalogue.moves().stream()
                .sorted(Comparator.comparingInt(m -> order.indexOf(m.setting())))
                .toList();
    }

    private static <T> List<T> resolve(List<String> wanted, List<T> known, Function<T, String> id, String what) {
        List<T> found = new ArrayList<>();
        for (String w : wanted) {
            T match = known.stream().filter(k -> id.apply(k).equals(w)).findFirst()
                    .orElseThrow(() -> new UserError(ExitCode.INVALID_INPUT,
                            "unknown " + what + " \"" + w + "\"",
                            Spelling.suggest(w, known.stream().map(id).toList(), "the catalogue's " + what + "s are")));
            if (!found.contains(match)) {
                found.add(match);
            }
        }
        return found;
    }

    private static <T> String ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.joining(", "));
    }
}
