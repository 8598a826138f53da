package org.movecard.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules that span records and so cannot live in a compact constructor: unique ids, every
 * setting, region and variationOf a move names exists, and every region's zone is on the body map. Each problem is placed with the
 * {@link SourceMap}; all are reported in file order (up to {@link #MAX_REPORTED}), as a user reads
 * top to bottom: the first is thrown, the rest ride along in {@link CatalogueError#all()}.
 */
final class CatalogueChecks {
    /** A broken rule at a JSON Pointer path. */
    private record Finding(String path, String problem, String hint) {
    }

    /** Beyond this many, more problems help nobody: fix these and check again. */
    static final int MAX_REPORTED = 50;

    private final Catalogue catalogue;
    private final List<Finding> findings = new ArrayList<>();

    private CatalogueChecks(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Throws the problems in file order, if any (the first, carrying the others). */
    static void verify(Catalogue catalogue, SourceMap map, String source) {
        CatalogueChecks checks = new CatalogueChecks(catalogue);
        checks.uniqueIds("settings", "setting", catalogue.settings(), Setting::id);
        checks.uniqueIds("regions", "region", catalogue.regions(), Region::id);
        checks.uniqueIds("moves", "move", catalogue.moves(), Move::id);
        checks.references();
        List<CatalogueError> errors = checks.findings.stream()
                .sorted(Comparator.comparing((Finding f) -> position(map, f.path())))
                .limit(MAX_REPORTED)
                .map(f -> {
                    SourceMap.Mark at = map.value(f.path());
                    return new CatalogueError(source, at.line(), at.column(), f.path(), f.problem(), f.hint());
                })
                .toList();
        if (!errors.isEmpty()) {
            throw CatalogueError.of(errors);
        }
    }

    private <T> void uniqueIds(String list, String kind, List<T> items, Function<T, String> id) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer earlier = first.putIfAbsent(id.apply(items.get(i)), i);
            if (earlier != null) {
                add("/" + list + "/" + i + "/id",
                        kind + " id \"" + id.apply(items.get(i)) + "\" is already used by " + list + "[" + earlier + "]",
                        "give each " + kind + " its own id");
            }
        }
    }

    private void references() {
        List<String> settings = catalogue.settings().stream().map(Setting::id).toList();
        List<String> regions = catalogue.regions().stream().map(Region::id).toList();
        List<String> moves = catalogue.moves().stream().map(Move::id).toList();
        for (int i = 0; i < catalogue.regions().size(); i++) {
            Region region = catalogue.regions().get(i);
            if (region.zone() != null && !Region.ZONES.contains(region.zone())) {
                add("/regions/" + i + "/zone", "region \"" + region.id() + "\" names zone \"" + region.zone()
                        + "\", which the body map does not have", Spelling.didYouMean(region.zone(), Region.ZONES)
                        + "the zones are: " + String.join(", ", Region.ZONES) + " (leave zone out for no map)");
            }
        }
        for (int i = 0; i < catalogue.moves().size(); i++) {
            Move move = catalogue.moves().get(i);
            String at = "/moves/" + i;
            if (!settings.contains(move.setting())) {
                add(at + "/setting", "move \"" + move.id() + "\" uses setting \"" + move.setting()
                        + "\", which the catalogue does not declare", declared("settings", move.setting(), settings));
            }
            for (int r = 0; r < move.regions().size(); r++) {
                String region = move.regions().get(r);
                if (!regions.contains(region)) {
                    add(at + "/regions/" + r, "move \"" + move.id() + "\" names region \"" + region
                            + "\", which the catalogue does not declare", declared("regions", region, regions));
                }
            }
            variation(move, at + "/variationOf", moves);
        }
    }

    private void variation(Move move, String path, List<String> moves) {
        String of = move.variationOf();
        if (of == null) {
            return;
        }
        if (of.equals(move.id())) {
            add(path, "move \"" + move.id() + "\" is marked as a variation of itself",
                    "variationOf names another move's id; leave it out for a move of its own");
        } else if (!moves.contains(of)) {
            add(path, "move \"" + move.id() + "\" is a variation of \"" + of + "\", which is not a move in this catalogue",
                    Spelling.didYouMean(of, moves) + "variationOf must be the id of another move");
        }
    }

    /** "did you mean "chair"? declared settings: chair, standing, floor". */
    private static String declared(String list, String used, List<String> ids) {
        return Spelling.didYouMean(used, ids) + "declared " + list + ": " + String.join(", ", ids)
                + " (add \"" + used + "\" to \"" + list + "\" if it is new)";
    }

    private void add(String path, String problem, String hint) {
        findings.add(new Finding(path, problem, hint));
    }

    /** File order; a path the map does not know (cannot happen for parsed values) sorts last. */
    private static long position(SourceMap map, String path) {
        SourceMap.Mark at = map.value(path);
        return at.line() == 0 ? Long.MAX_VALUE : ((long) at.line() << 32) + at.column();
    }
}
