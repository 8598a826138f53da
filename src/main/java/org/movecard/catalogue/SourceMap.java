package org.movecard.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every value and field name of a JSON text starts, by JSON Pointer. Built by one streaming
 * pass, which is also where syntax errors and content after the top-level object are caught.
 * Databinding alone cannot place errors found after parsing (an undeclared setting, a duplicate
 * id), hence this map.
 */
final class SourceMap {
    /** A token's start (1-based line and column) and its kind; line 0 when the path is unknown. */
    record Mark(int line, int column, JsonToken token) {
        static final Mark UNKNOWN = new Mark(0, 0, null);

        static Mark of(JsonLocation location, JsonToken token) {
            return new Mark(location.getLineNr(), Math.max(0, location.getColumnNr()), token);
        }
    }

    /** A map that knows no positions, for callers without a source. */
    static final SourceMap EMPTY = new SourceMap();

    private final Map<String, Mark> values = new LinkedHashMap<>();
    private final Map<String, Mark> keys = new LinkedHashMap<>();

    private SourceMap() {
    }

    /** Scans {@code json}, which must not be blank, or throws the first syntax error. */
    static SourceMap scan(ObjectMapper mapper, String json, String source) {
        return scan(mapper, json, source, "catalogue",
                "start the file with { and end it with }, e.g. { \"id\": \"my-moves\", \"title\": … }");
    }

    /** As {@link #scan(ObjectMapper, String, String)} for another kind of file ("clinic profile"). */
    static SourceMap scan(ObjectMapper mapper, String json, String source, String kind, String objectHint) {
        SourceMap map = new SourceMap();
        try (JsonParser parser = mapper.createParser(json)) {
            // Jackson reports a repeated field at the position after its name; record() finds it
            // at the name's start instead. Databinding keeps Jackson's check as a backstop.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            try {
                requireObject(parser, source, kind, objectHint);
                // An unclosed object ends in an exception, never in a null token, so this loop ends.
                while (!closesRoot(parser)) {
                    map.record(parser, source);
                    parser.nextToken();
                }
                rejectTrailing(parser, Mark.of(parser.currentTokenLocation(), JsonToken.END_OBJECT), source, kind);
            } catch (JsonProcessingException e) {
                // A read limit (a 2,000-digit number) carries no location; the parser knows where it stopped.
                throw JsonProblems.syntax(e, source, parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw JsonProblems.syntax(e, source);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail", e);
        }
        return map;
    }

    /** The start of the value at {@code pointer}, e.g. "/moves/4/setting". */
    Mark value(String pointer) {
        return values.getOrDefault(pointer, Mark.UNKNOWN);
    }

    /** The start of the field name whose value is at {@code pointer}. */
    Mark key(String pointer) {
        return keys.getOrDefault(pointer, Mark.UNKNOWN);
    }

    /** The pointer of the first field whose value is written as {@code null}, if any. */
    java.util.Optional<String> firstNullField() {
        return values.entrySet().stream()
                .filter(e -> e.getValue().token() == JsonToken.VALUE_NULL && keys.containsKey(e.getKey()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The field names written in the object at {@code pointer}, in file order. */
    List<String> fieldNames(String pointer) {
        String prefix = pointer + "/";
        return keys.keySet().stream()
                .filter(k -> k.startsWith(prefix) && k.indexOf('/', prefix.length()) < 0)
                .map(k -> k.substring(prefix.length()).replace("~1", "/").replace("~0", "~"))
                .toList();
    }

    /** The parser's context already points at the current value (or field), including for { and [. */
    private void record(JsonParser parser, String source) throws IOException {
        JsonToken token = parser.currentToken();
        if (token.isStructEnd()) {
            return;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        Mark mark = Mark.of(parser.currentTokenLocation(), token);
        Mark earlier = (token == JsonToken.FIELD_NAME ? keys : values).putIfAbsent(pointer, mark);
        if (earlier != null) {
            throw duplicateField(parser, mark, earlier, source);
        }
    }

    /** Only a repeated field name gives a pointer twice: array entries and values each have their own. */
    private static CatalogueError duplicateField(JsonParser parser, Mark at, Mark first, String source)
            throws IOException {
        JsonStreamContext object = parser.getParsingContext();
        String container = object.getParent() == null ? "" : object.getParent().pathAsPointer().toString();
        return new CatalogueError(source, at.line(), at.column(), container,
                "field \"" + parser.currentName() + "\" appears twice in the same object (first at line "
                        + first.line() + ", column " + first.column() + ")",
                "keep only one of them: a JSON object may not repeat a field");
    }

    private static boolean closesRoot(JsonParser parser) {
        return parser.currentToken() == JsonToken.END_OBJECT && parser.getParsingContext().inRoot();
    }

    private static void requireObject(JsonParser parser, String source, String kind, String hint)
            throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            JsonLocation at = parser.currentTokenLocation();
            throw new CatalogueError(source, at.getLineNr(), at.getColumnNr(), "",
                    "the " + kind + " must be a JSON object, found " + ValueKind.of(first).phrase(), hint);
        }
    }

    private static void rejectTrailing(JsonParser parser, Mark end, String source, String kind) {
        JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (IOException e) {
            // Garbage after the object ("}}" or a stray word) is a trailing-content problem too.
            at = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation() : parser.currentLocation();
        }
        throw new CatalogueError(source, at.getLineNr(), at.getColumnNr(), "",
                "unexpected content after the end of the " + kind + " (its closing } is at line " + end.line()
                        + ", column " + end.column() + ")",
                "a " + kind + " file holds exactly one JSON object: delete what follows it or move it inside");
    }
}
