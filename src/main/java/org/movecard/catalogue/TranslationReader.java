package org.movecard.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a catalogue translation (docs/catalogue.md, "Translations") as strictly as a catalogue and
 * checks it against its catalogue: the same ids, as many steps, tips, equipment and safety points,
 * a feel note, repeatUnit and figure alt exactly where the catalogue has one. Problems are
 * {@link CatalogueError}s at the translation's {@code file:line:column}, all of them in file order.
 */
public final class TranslationReader {
    static final String KIND = "catalogue translation";
    private static final String OBJECT_HINT = "start the file with { and end it with }, e.g. "
            + "{ \"catalogue\": \"back-moves\", \"language\": \"es\", \"title\": … }";

    private TranslationReader() {
    }

    /** The catalogue in the translation's language. */
    public static Catalogue translate(Catalogue catalogue, byte[] bytes, String source) {
        if (bytes.length > CatalogueReader.MAX_BYTES) {
            throw CatalogueError.ofFile(source, "file is larger than the " + CatalogueReader.MAX_BYTES / (1024 * 1024)
                    + " MiB limit for a catalogue translation", "check that this is the right file");
        }
        String json = CatalogueReader.decodeUtf8(bytes, source);
        if (json.isBlank()) {
            throw CatalogueError.ofFile(source, "file is empty", OBJECT_HINT);
        }
        SourceMap map = SourceMap.scan(CatalogueReader.JSON, json, source, KIND, OBJECT_HINT);
        Translation translation = JsonFields.read(new JsonFields.File(map, source, KIND), map.root(), Translation.JSON);
        new Matching(catalogue, translation).verify(map, source);
        try {
            return translation.apply(catalogue);
        } catch (Text.Problem e) {
            SourceMap.Mark at = map.value("/language");
            throw new CatalogueError(source, at.line(), at.column(), "/language", e.getMessage(), e.hint());
        }
    }

    /** A translation file next to {@code file}: {@code moves.json} in Spanish is {@code moves.es.json}. */
    public static Path sibling(Path file, String language) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return file.resolveSibling(stem + "." + language + ".json");
    }

    /** The catalogue file's translation into {@code language}, when a sibling file holds one. */
    public static Optional<Catalogue> besides(Path file, Catalogue catalogue, String language) {
        Path sibling = sibling(file, language);
        if (!Files.exists(sibling)) {
            return Optional.empty();
        }
        return Optional.of(translate(catalogue, CatalogueReader.readBytes(sibling, KIND), sibling.toString()));
    }

    /** The bundled catalogue in {@code language}, if it has been translated into it. */
    public static Optional<Catalogue> bundled(String language) {
        Catalogue bundled = CatalogueReader.bundled();
        if (language.equals(bundled.language())) {
            return Optional.of(bundled);
        }
        String name = "/org/movecard/catalogue/back-moves." + language + ".json";
        try (InputStream in = TranslationReader.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(translate(bundled, in.readNBytes(CatalogueReader.MAX_BYTES + 1),
                    "<bundled>/back-moves." + language + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The translation entry for entry against its catalogue. */
    private static final class Matching {
        private record Finding(String path, String problem, String hint) {
        }

        private final Catalogue catalogue;
        private final Translation translation;
        private final List<Finding> findings = new ArrayList<>();

        Matching(Catalogue catalogue, Translation translation) {
            this.catalogue = catalogue;
            this.translation = translation;
        }

        void verify(SourceMap map, String source) {
            if (!translation.catalogue().equals(catalogue.id())) {
                add("/catalogue", "this translates catalogue \"" + translation.catalogue() + "\", not \""
                        + catalogue.id() + "\"", "give the catalogue's id, \"" + catalogue.id() + "\"");
            }
            ids("settings", "setting", translation.settings(), catalogue.settings().stream().map(Setting::id).toList());
            ids("regions", "region", translation.regions(), catalogue.regions().stream().map(Region::id).toList());
            ids("moves", "move", translation.moves(), catalogue.moves().stream().map(Move::id).toList());
            Safety safety = catalogue.safety();
            count("/safety/points", "safety points", safety.points(), translation.safety().points());
            count("/safety/shortPoints", "short safety points", safety.shortPoints(),
                    translation.safety().shortPoints());
            for (Move move : catalogue.moves()) {
                Translation.MoveText text = translation.moves().get(move.id());
                if (text != null) {
                    move(move, text, "/moves/" + move.id().replace("~", "~0").replace("/", "~1"));
                }
            }
            List<CatalogueError> errors = findings.stream()
                    .sorted(Comparator.comparing((Finding f) -> position(map, f.path())))
                    .limit(CatalogueChecks.MAX_REPORTED)
                    .map(f -> {
                        SourceMap.Mark at = nearest(map, f.path());
                        return new CatalogueError(source, at.line(), at.column(), f.path(), f.problem(), f.hint());
                    })
                    .toList();
            if (!errors.isEmpty()) {
                throw CatalogueError.of(errors);
            }
        }

        private void move(Move move, Translation.MoveText text, String at) {
            String what = "move \"" + move.id() + "\"";
            count(at + "/steps", what + " steps", move.steps(), text.steps());
            count(at + "/equipment", what + " equipment", move.equipment(), text.equipment());
            count(at + "/tips", what + " tips", move.tips(), text.tips());
            present(at + "/feel", what, "feel", move.feel() != null, text.feel() != null);
            present(at + "/repeatUnit", what, "repeatUnit", move.dose() != null && move.dose().repeatUnit() != null,
                    text.repeatUnit() != null);
            present(at + "/alt", what, "alt", move.figure() != null, text.alt() != null);
        }

        private void ids(String list, String kind, Map<String, ?> given, List<String> ids) {
            for (String id : given.keySet()) {
                if (!ids.contains(id)) {
                    add("/" + list + "/" + id, "the catalogue has no " + kind + " \"" + id + "\"",
                            Spelling.didYouMean(id, ids) + "the catalogue's " + list + " are: " + String.join(", ", ids));
                }
            }
            for (String id : ids) {
                if (!given.containsKey(id)) {
                    add("/" + list, kind + " \"" + id + "\" is not translated", "add \"" + id + "\" to \"" + list + "\"");
                }
            }
        }

        private void count(String path, String what, List<String> original, List<String> translated) {
            if (original.size() != translated.size()) {
                add(path, what + ": the catalogue has " + original.size() + ", the translation " + translated.size(),
                        "translate each entry as one entry, in the same order, so both languages say the same");
            }
        }

        private void present(String path, String what, String field, boolean original, boolean translated) {
            if (original && !translated) {
                add(path.substring(0, path.lastIndexOf('/')), what + " has no \"" + field + "\"",
                        "the catalogue gives one: translate it");
            } else if (!original && translated) {
                add(path, what + ": the catalogue has no \"" + field + "\" to translate", "leave \"" + field + "\" out");
            }
        }

        private void add(String path, String problem, String hint) {
            findings.add(new Finding(path, problem, hint));
        }

        /** A path the map does not know (a list left out) is placed at its nearest parent that it knows. */
        private static SourceMap.Mark nearest(SourceMap map, String path) {
            String p = path;
            SourceMap.Mark at = map.value(p);
            while (at.line() == 0 && !p.isEmpty()) {
                p = p.substring(0, p.lastIndexOf('/'));
                at = p.isEmpty() ? new SourceMap.Mark(1, 1, null) : map.value(p);
            }
            return at;
        }

        private static long position(SourceMap map, String path) {
            SourceMap.Mark at = nearest(map, path);
            return ((long) at.line() << 32) + at.column();
        }
    }
}
