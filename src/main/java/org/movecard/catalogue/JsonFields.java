package org.movecard.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One JSON object of a file being read into a record: typed getters for its fields, each failing
 * with the reader's own error (what is wrong, at which line and column, how to fix it). Strict as
 * the format asks: no coercion (7 is not text, "2" is not a number, "x" is not a list), no unknown
 * fields, no nulls. Reading the syntax tree by hand, not by databinding: Jackson's databinding builds
 * its deserializers by reflection, which cost every cold start about 150 ms; this costs a few.
 */
final class JsonFields {
    /** How one kind of value is read from the tree at a JSON Pointer. */
    @FunctionalInterface
    interface Reader<T> {
        T read(File file, JsonNode node, String pointer);
    }

    /** The file being read: where its values are, what error messages call it, and what kind of file it is. */
    record File(SourceMap map, String source, String kind) {
    }

    /**
     * An object with named fields, read into a record of {@code type} by {@code build}: the one place
     * its field names are declared ({@code fields}, in the order the format documents them).
     */
    record Shape<T>(Class<T> type, List<String> fields, Function<JsonFields, T> build) implements Reader<T> {
        static <T> Shape<T> of(Class<T> type, Function<JsonFields, T> build, String... fields) {
            return new Shape<>(type, List.of(fields), build);
        }

        @Override
        public T read(File file, JsonNode node, String pointer) {
            if (!(node instanceof ObjectNode object)) {
                throw JsonProblems.wrongType(file, pointer, ValueKind.OBJECT);
            }
            // A misspelt field is usually the cause of whatever else is wrong with its object: say it first.
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!fields.contains(name)) {
                    throw JsonProblems.unknownField(file, pointer, name, fields);
                }
            }
            T value;
            try {
                value = build.apply(new JsonFields(file, object, pointer, this));
            } catch (IllegalArgumentException e) {
                // A record's compact constructor said no; its message names the field.
                throw JsonProblems.invariant(file, pointer, type, e);
            }
            // A null the record did not read (a figure's "joints" beside its poses) is refused all the same.
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isNull()) {
                    throw JsonProblems.isNull(file, pointer + "/" + escape(field.getKey()));
                }
            }
            return value;
        }
    }

    /** A point of a figure, written [x, y]. */
    static final Reader<Figure.Point> POINT = (file, node, pointer) -> {
        if (!(node instanceof ArrayNode xy)) {
            throw JsonProblems.wrongType(file, pointer, ValueKind.LIST);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < xy.size(); i++) {
            numbers.add(whole(file, xy.get(i), pointer + "/" + i));
        }
        try {
            return Figure.Point.of(numbers);
        } catch (IllegalArgumentException e) {
            throw JsonProblems.atStart(file, pointer, e.getMessage(), JsonProblems.rulesOf(Figure.Point.class));
        }
    };

    /** Text as a map value or list entry. */
    static final Reader<String> TEXT = JsonFields::text;

    private final File file;
    private final ObjectNode object;
    private final String pointer;
    private final Shape<?> shape;

    private JsonFields(File file, ObjectNode object, String pointer, Shape<?> shape) {
        this.file = file;
        this.object = object;
        this.pointer = pointer;
        this.shape = shape;
    }

    /** Reads the whole file's object as {@code shape}. */
    static <T> T read(File file, ObjectNode root, Shape<T> shape) {
        return shape.read(file, root, "");
    }

    String text(String name) {
        JsonNode value = field(name);
        return value == null ? null : text(file, value, at(name));
    }

    String requiredText(String name) {
        return text(file, required(name, ValueKind.TEXT), at(name));
    }

    Integer whole(String name) {
        JsonNode value = field(name);
        return value == null ? null : whole(file, value, at(name));
    }

    int requiredWhole(String name) {
        return whole(file, required(name, ValueKind.WHOLE_NUMBER), at(name));
    }

    Boolean bool(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw JsonProblems.wrongType(file, at(name), ValueKind.BOOLEAN);
        }
        return value.booleanValue();
    }

    List<String> texts(String name) {
        JsonNode value = field(name);
        return value == null ? null : list(value, at(name), TEXT);
    }

    List<String> requiredTexts(String name) {
        return list(required(name, ValueKind.LIST), at(name), TEXT);
    }

    <T> T value(String name, Reader<T> reader) {
        JsonNode value = field(name);
        return value == null ? null : reader.read(file, value, at(name));
    }

    <T> T requiredValue(String name, Reader<T> reader) {
        JsonNode value = reader == POINT ? required(name, ValueKind.LIST, "a point [x, y]")
                : required(name, ValueKind.OBJECT);
        return reader.read(file, value, at(name));
    }

    <T> List<T> values(String name, Reader<T> reader) {
        JsonNode value = field(name);
        return value == null ? null : list(value, at(name), reader);
    }

    <T> List<T> requiredValues(String name, Reader<T> reader) {
        return list(required(name, ValueKind.LIST), at(name), reader);
    }

    /** An object used as a map from ids to values of {@code reader} (a translation's settings, moves). */
    <T> Map<String, T> requiredMap(String name, Reader<T> reader) {
        JsonNode value = required(name, ValueKind.OBJECT);
        String here = at(name);
        if (!(value instanceof ObjectNode entries)) {
            throw JsonProblems.wrongType(file, here, ValueKind.OBJECT);
        }
        Map<String, T> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String entryAt = here + "/" + escape(entry.getKey());
            out.put(entry.getKey(), reader.read(file, notNull(entry.getValue(), entryAt), entryAt));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Text, or a wrong-type error at {@code pointer}. */
    static String text(File file, JsonNode node, String pointer) {
        if (!node.isTextual()) {
            throw JsonProblems.wrongType(file, pointer, ValueKind.TEXT);
        }
        return node.textValue();
    }

    private static int whole(File file, JsonNode node, String pointer) {
        if (!node.isIntegralNumber()) {
            throw JsonProblems.wrongType(file, pointer, ValueKind.WHOLE_NUMBER);
        }
        if (!node.canConvertToInt()) {
            throw JsonProblems.atStart(file, pointer, "number is too large", "use a smaller whole number");
        }
        return node.intValue();
    }

    private <T> List<T> list(JsonNode node, String here, Reader<T> reader) {
        if (!(node instanceof ArrayNode array)) {
            throw JsonProblems.wrongType(file, here, ValueKind.LIST);
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String entryAt = here + "/" + i;
            JsonNode entry = array.get(i);
            if (entry.isNull()) {
                // A null inside a list is a typo, not an entry.
                throw JsonProblems.wrongType(file, entryAt, reader == TEXT ? ValueKind.TEXT
                        : reader == POINT ? ValueKind.LIST : ValueKind.OBJECT);
            }
            out.add(reader.read(file, entry, entryAt));
        }
        return out;
    }

    /** The field's value, null when absent; an explicit null is refused: leave the field out instead. */
    private JsonNode field(String name) {
        JsonNode value = rawField(name);
        return value == null ? null : notNull(value, at(name));
    }

    private JsonNode rawField(String name) {
        if (!shape.fields().contains(name)) {
            throw new IllegalStateException(shape.type().getSimpleName() + " reads an undeclared field " + name);
        }
        return object.get(name);
    }

    private JsonNode required(String name, ValueKind kind) {
        return required(name, kind, kind.expected());
    }

    /**
     * The value of a field that must be there, {@code expected} saying what to add when it is not
     * ("a list in [ ]"); null is then the wrong kind of value, not "absent".
     */
    private JsonNode required(String name, ValueKind kind, String expected) {
        JsonNode value = rawField(name);
        if (value == null) {
            throw JsonProblems.missingField(file, pointer, name, expected);
        }
        if (value.isNull()) {
            throw JsonProblems.wrongType(file, at(name), kind);
        }
        return value;
    }

    /** An explicit null hides typos and confuses other readers of the file: leave the field out instead. */
    private JsonNode notNull(JsonNode value, String at) {
        if (value.isNull()) {
            throw JsonProblems.isNull(file, at);
        }
        return value;
    }

    private String at(String name) {
        return pointer + "/" + escape(name);
    }

    /** A field name as a JSON Pointer segment: ~ and / escaped. */
    static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }
}
