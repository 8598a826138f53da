package org.movecard.catalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON text's tree, and where every value and field name of it starts, by JSON Pointer. Built by
 * one streaming pass, which is also where syntax errors, repeated fields and content after the
 * top-level object are caught. {@link JsonFields} reads the tree into records; this map places its
 * errors and those found later (an undeclared setting, a duplicate id).
 */
final class SourceMap {
    /** A token's start (1-based line and column) and its kind; line 0 when the path is unknown. */
    record Mark(int line, int column, JsonToken token) {
        static final Mark UNKNOWN = new Mark(0, 0, null);

        static Mark of(JsonLocation location, JsonToken token) {
            return new Mark(location.getLineNr(), Math.max(0, location.getColumnNr()), token);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A map that knows no positions, for callers without a source. */
    static final SourceMap EMPTY = new SourceMap();

    private final ObjectNode root = NODES.objectNode();
    private final Map<String, Mark> values = new LinkedHashMap<>();
    private final Map<String, Mark> keys = new LinkedHashMap<>();

    private SourceMap() {
    }

    /** Scans {@code json}, which must not be blank, or throws the first syntax error. */
    static SourceMap scan(JsonFactory json, String text, String source) {
        return scan(json, text, source, "catalogue",
                "start the file with { and end it with }, e.g. { \"id\": \"my-moves\", \"title\": … }");
    }

    /** As {@link #scan(JsonFactory, String, String)} for another kind of file ("clinic profile"). */
    static SourceMap scan(JsonFactory json, String text, String source, String kind, String objectHint) {
        SourceMap map = new SourceMap();
        try (JsonParser parser = json.createParser(text)) {
            // Jackson reports a repeated field at the position after its name; record() finds it
            // at the name's start instead.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            try {
                requireObject(parser, source, kind, objectHint);
                map.record(parser, source);
                Deque<ContainerNode<?>> open = new ArrayDeque<>();
                open.push(map.root);
                String name = null;
                // An unclosed object ends in an exception, never in a null token, so this loop ends.
                while (parser.nextToken() != JsonToken.END_OBJECT || !parser.getParsingContext().inRoot()) {
                    map.record(parser, source);
                    JsonToken token = parser.currentToken();
                    switch (token) {
                        case FIELD_NAME -> name = parser.currentName();
                        case END_OBJECT, END_ARRAY -> open.pop();
                        case START_OBJECT, START_ARRAY -> {
                            ContainerNode<?> container = token == JsonToken.START_OBJECT
                                    ? NODES.objectNode() : NODES.arrayNode();
                            add(open.peek(), name, container);
                            open.push(container);
                        }
                        default -> add(open.peek(), name, scalar(parser, token));
                    }
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

    /** The file's top-level object, as a tree of Jackson nodes. */
    ObjectNode root() {
        return root;
    }

    private static void add(ContainerNode<?> container, String name, JsonNode node) {
        if (container instanceof ObjectNode object) {
            object.set(name, node);
        } else {
            ((ArrayNode) container).add(node);
        }
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            // Only its kind matters: no field takes a fraction.
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            default -> NODES.nullNode();
        };
    }

    /** The start of the value at {@code pointer}, e.g. "/moves/4/setting". */
    Mark value(String pointer) {
        return values.getOrDefault(pointer, Mark.UNKNOWN);
    }

    /** The start of the field name whose value is at {@code pointer}. */
    Mark key(String pointer) {
        return keys.getOrDefault(pointer, Mark.UNKNOWN);
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
