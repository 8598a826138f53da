package org.movecard.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into {@link CatalogueError}s that speak the user's language: what is
 * wrong, where, and how to fix it. Jackson's own wording (Java types, feature names, source
 * excerpts) never reaches the user except as a last resort, cleaned to one line.
 */
final class JsonProblems {
    /** A syntax message pattern and how to say it; the first matching rule wins. */
    private record Rule(Pattern pattern, Function<Matcher, String> problem, String hint) {
        static Rule of(String regex, Function<Matcher, String> problem, String hint) {
            return new Rule(Pattern.compile(regex), problem, hint);
        }
    }

    private static final String MATCHING_BRACKETS = "check that every { has a matching } and every [ a matching ]";

    private static final List<Rule> SYNTAX = List.of(
            Rule.of("^Duplicate field '(.*)'",
                    m -> "field \"" + m.group(1) + "\" appears twice in the same object",
                    "keep only one of them: a JSON object may not repeat a field"),
            Rule.of("maybe a \\(non-standard\\) comment",
                    m -> "comments are not allowed in JSON",
                    "delete the comment (JSON has no // or /* */ or # comments)"),
            Rule.of("^Unexpected character \\('}'.*was expecting double-quote to start field name",
                    m -> "expected another field after the comma, found }",
                    "delete the comma before } (JSON allows no trailing comma)"),
            Rule.of("^Unexpected character \\(']'.*expected a (valid )?value",
                    m -> "expected a value, found ]",
                    "delete the comma before ] (JSON allows no trailing comma)"),
            Rule.of("in numeric value: expected digit \\(0-9\\) to follow minus sign",
                    m -> "invalid number: a minus sign must be followed by digits",
                    "write a number such as -1, or put text in double quotes"),
            Rule.of("in numeric value: Decimal point not followed by a digit",
                    m -> "invalid number: a decimal point must be followed by digits",
                    "write 10 or 10.5, not 10."),
            Rule.of("in numeric value: Exponent indicator not followed by a digit",
                    m -> "invalid number: the exponent e must be followed by digits",
                    "write an ordinary number such as 10"),
            Rule.of("in numeric value: JSON spec does not allow numbers to have plus signs",
                    m -> "invalid number: a number may not start with +",
                    "write 1, not +1"),
            Rule.of("^Unexpected character \\('(.)'.*in numeric value",
                    m -> "invalid number: unexpected " + m.group(1),
                    "write an ordinary number such as 10"),
            Rule.of("^Unexpected character \\('(.)'.*expected a (valid )?value",
                    m -> "expected a value, found " + m.group(1),
                    "write a value: text in double quotes, a number, true, false, a list [ ] or an object { }"),
            Rule.of("^Document nesting depth",
                    m -> "objects and lists are nested too deeply",
                    MATCHING_BRACKETS),
            Rule.of("was expecting comma to separate Object entries",
                    m -> "missing comma before this field",
                    "separate the fields of an object with commas"),
            Rule.of("was expecting comma to separate Array entries",
                    m -> "missing comma before this list entry",
                    "separate the entries of a list with commas"),
            Rule.of("was expecting a colon to separate field name and value",
                    m -> "missing colon after the field name",
                    "write a field as \"name\": value"),
            Rule.of("was expecting double-quote to start field name",
                    m -> "expected a field name in double quotes",
                    "write field names in double quotes, e.g. \"steps\""),
            Rule.of("^Unexpected character \\('''",
                    m -> "single quotes are not allowed in JSON",
                    "use double quotes: \"like this\""),
            Rule.of("^Unrecognized token '(.*)': was expecting",
                    m -> "unexpected word \"" + m.group(1) + "\"",
                    "put text in double quotes; true, false and null are written in lower case"),
            Rule.of("expected close marker for (Object|Array) \\(start marker at line (\\d+), column (\\d+)\\)",
                    m -> "the file ends before the " + ("Object".equals(m.group(1)) ? "{" : "[")
                            + " at line " + m.group(2) + ", column " + m.group(3) + " is closed",
                    MATCHING_BRACKETS + ", and that no text misses its closing \""),
            Rule.of("^Unexpected end-of-input",
                    m -> "the file ends in the middle of the JSON",
                    "the file may be cut short; also look for text that misses its closing \""),
            Rule.of("^Unexpected close marker '(.)': expected '(.)'",
                    m -> "found " + m.group(1) + " where " + m.group(2) + " was expected",
                    MATCHING_BRACKETS),
            Rule.of("^Unexpected close marker '(.)'",
                    m -> "unexpected " + m.group(1),
                    MATCHING_BRACKETS),
            Rule.of("^Illegal unquoted character \\(\\(CTRL-CHAR, code 1[03]\\)\\)",
                    m -> "text runs past the end of the line",
                    "close the text with \" on the same line; write a line break inside text as \\n"),
            Rule.of("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
                    m -> "invisible control character (code " + m.group(1) + ") inside text",
                    "delete it; write a tab inside text as \\t"),
            Rule.of("^Unrecognized character escape '(.)'",
                    m -> "invalid escape \\" + m.group(1) + " in text",
                    "write a backslash as \\\\; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"),
            Rule.of("^Non-standard token '(.*)'",
                    m -> m.group(1) + " is not a JSON number",
                    "write an ordinary number such as 10"),
            Rule.of("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)",
                    m -> "a number of " + m.group(1) + " digits (at most " + m.group(2) + " are read)",
                    "write an ordinary number such as 10"),
            Rule.of("^String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)",
                    m -> "a text of " + m.group(1) + " characters (at most " + m.group(2) + " are read)",
                    "shorten the text; also look for a text that misses its closing \""),
            Rule.of("^Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)",
                    m -> "a field name of " + m.group(1) + " characters (at most " + m.group(2) + " are read)",
                    "field names are short words such as \"steps\"; look for a text that misses its closing \""),
            Rule.of("^Invalid numeric value: (.*)",
                    m -> "invalid number: " + m.group(1),
                    "write numbers like 10, without leading zeros"));

    private static final Pattern MISSING = Pattern.compile("^Missing required creator property '(.*?)'");

    /** Jackson prints locations as "[Source: …; line: 4, column: 52]"; users need only the numbers. */
    private static final Pattern SOURCE_REFERENCE =
            Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

    /** What each record needs, for the hint after its compact constructor rejected it. */
    private static final Map<Class<?>, String> RULES_OF = Map.ofEntries(
            Map.entry(Catalogue.class, "a catalogue needs an id, a title, settings, regions, safety and moves"),
            Map.entry(Setting.class, "a setting needs an id like \"chair\" (lower case, digits, dashes) and a label"),
            Map.entry(Region.class, "a region needs an id like \"upper-back\" (lower case, digits, dashes) and a label"),
            Map.entry(Safety.class, "the safety box needs a title and at least one point"),
            Map.entry(Move.class, "a move needs an id like \"seated-twist\", a name, a setting, regions and steps, "
                    + "none of them empty; a video is an https:// link"),
            Map.entry(Dose.class, "a dose gives holdSeconds, repeat or eachSide; repeatUnit goes with repeat"),
            Map.entry(Range.class, "write a range as { \"min\": 10 } or { \"min\": 10, \"max\": 20 }, with 1 ≤ min ≤ max"),
            Map.entry(Figure.class, "a figure needs alt (the picture in words) and either joints (one pose) or poses "
                    + "(a list of 1 to " + Figure.MAX_POSES + " poses, each with its joints); near is \"left\" or \"right\""),
            Map.entry(Figure.PoseJson.class, "a pose is { \"joints\": { … } } with optional near, toes, looks, props and "
                    + "arrows; near, toes and looks are \"left\" or \"right\", and looks goes with toes"),
            Map.entry(Figure.Point.class, "write a point as [x, y], two whole numbers from 0 to " + Figure.BOX),
            Map.entry(Figure.Prop.class, "a prop is { \"type\": \"chair\", \"x\": 10, \"y\": 40, \"width\": 30, "
                    + "\"height\": 55 } inside the 0 to " + Figure.BOX + " box; types: "
                    + String.join(", ", Figure.Prop.TYPES)),
            Map.entry(Figure.Arrow.class, "an arrow is { \"from\": [x, y], \"to\": [x, y], \"bend\": 10 } with bend from -"
                    + Figure.Arrow.MAX_BEND + " to " + Figure.Arrow.MAX_BEND),
            Map.entry(Clinic.class, Clinic.RULES));

    private JsonProblems() {
    }

    /** A syntax error from the streaming pass (the JSON is not well formed). */
    static CatalogueError syntax(JsonProcessingException e, String source) {
        return syntax(e, source, null);
    }

    /** As above; {@code fallback} is where the parser stopped, for an exception without a location. */
    static CatalogueError syntax(JsonProcessingException e, String source, JsonLocation fallback) {
        // The rules read Jackson's own wording; only what no rule matches is cleaned further for display.
        String message = tidy(e.getOriginalMessage());
        String path = e.getProcessor() instanceof JsonParser parser ? containerOf(parser.getParsingContext()) : "";
        JsonLocation at = e.getLocation() == null ? fallback : e.getLocation();
        for (Rule rule : SYNTAX) {
            Matcher m = rule.pattern().matcher(message);
            if (m.find()) {
                return error(source, at, path, rule.problem().apply(m), rule.hint());
            }
        }
        return error(source, at, path, clean(message), "check the JSON syntax just before this position");
    }

    /**
     * {@code json}, already scanned into {@code map}, bound to {@code type}; a problem is a
     * {@link CatalogueError} naming {@code source}, line and column, worded for a {@code kind} of file.
     */
    static <T> T bind(String json, Class<T> type, SourceMap map, String source, String kind) {
        try {
            return CatalogueReader.MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            throw binding(e, map, source, kind);
        } catch (JsonProcessingException e) {
            // The streaming pass has already accepted the syntax; kept for safety.
            throw syntax(e, source);
        }
    }

    /** A databinding error: well-formed JSON that does not fit the catalogue records. */
    static CatalogueError binding(JsonMappingException e, SourceMap map, String source) {
        return binding(e, map, source, "catalogue");
    }

    /**
     * Reading maps an explicit null to "absent", which hides typos and confuses other readers of
     * the file; once the object has bound (so required fields have had their say), refuse any null.
     */
    static void rejectNulls(SourceMap map, String source) {
        map.firstNullField().ifPresent(pointer -> {
            SourceMap.Mark at = map.value(pointer);
            String field = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            throw new CatalogueError(source, at.line(), at.column(), parent(pointer),
                    "\"" + field + "\" is null", ValueKind.NULL.hint());
        });
    }

    /** As {@link #binding(JsonMappingException, SourceMap, String)} for another kind of file ("clinic profile"). */
    static CatalogueError binding(JsonMappingException e, SourceMap map, String source, String kind) {
        // Jackson wraps whatever a constructor throws, running out of memory included: that is no
        // fault of the file, and must not be reported as "invalid move".
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof VirtualMachineError error) {
                throw error;
            }
        }
        String path = pointer(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(parent(path), u.getPropertyName(), u.getReferringClass(), map, source);
        }
        if (e instanceof ValueInstantiationException v) {
            Class<?> type = v.getType().getRawClass();
            if (type == Figure.Point.class) {
                // A point is one short [x, y]: point at its start rather than past its end.
                return atValue(map.value(path), v, source, path, invariant(v, type, path, source).problem(),
                        RULES_OF.get(type));
            }
            return unknownFieldIn(path, type, map, source).orElseGet(() -> invariant(v, type, path, map, source));
        }
        Matcher missing = MISSING.matcher(String.valueOf(e.getOriginalMessage()));
        if (missing.find()) {
            String owner = parent(path);
            return unknownFieldIn(owner, ownerType(e), map, source)
                    .orElseGet(() -> missingField(e, owner, missing.group(1), map, source, kind));
        }
        if (e.getCause() instanceof InputCoercionException) {
            return atValue(map.value(path), e, source, path, "number is too large", "use a smaller whole number");
        }
        if (e instanceof MismatchedInputException m) {
            return wrongType(m, path, map, source);
        }
        return error(source, e.getLocation(), path, clean(e.getOriginalMessage()),
                "check this value against the catalogue format");
    }

    /**
     * Jackson reports unknown fields only after building the object, so a missing or invalid field
     * of the same object would hide a misspelt one ("stesp" shows up as "missing steps"). Look
     * for an unknown field in that object first: it is usually the real cause.
     */
    private static Optional<CatalogueError> unknownFieldIn(String object, Class<?> type, SourceMap map,
                                                           String source) {
        List<String> known = fieldsOf(type);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return map.fieldNames(object).stream()
                .filter(name -> !known.contains(name))
                .findFirst()
                .map(name -> unknownField(object, name, type, map, source));
    }

    private static CatalogueError unknownField(String object, String name, Class<?> type, SourceMap map,
                                               String source) {
        List<String> known = fieldsOf(type);
        SourceMap.Mark at = map.key(object + "/" + escape(name));
        String hint = Spelling.closest(name, known)
                .map(c -> "did you mean \"" + c + "\"?")
                .orElse("delete it, or correct its spelling");
        return new CatalogueError(source, at.line(), at.column(), object,
                "unknown field \"" + name + "\" (known fields: " + String.join(", ", known) + ")", hint);
    }

    private static CatalogueError missingField(JsonMappingException e, String owner, String field, SourceMap map,
                                               String source, String kind) {
        String problem = owner.isEmpty()
                ? "the " + kind + " is missing required field \"" + field + "\""
                : "missing required field \"" + field + "\"";
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        // Jackson reports the object's closing brace; the object's opening brace is where to add it.
        return atValue(map.value(owner), e, source, owner, problem,
                "add \"" + field + "\" (" + (type == Figure.Point.class ? "a point [x, y]" : ValueKind.of(type).expected())
                        + ") to this object");
    }

    /** A record's compact constructor said no; its message already names the field. */
    private static CatalogueError invariant(ValueInstantiationException e, Class<?> type, String path,
                                            String source) {
        return invariant(e, type, path, SourceMap.EMPTY, source);
    }

    /**
     * As above, placed on the field or list entry the message names ("steps entry 2 is empty",
     * "steps must have at least one entry") when the source map knows it; Jackson itself can only
     * point at the end of the whole object.
     */
    private static CatalogueError invariant(ValueInstantiationException e, Class<?> type, String path,
                                            SourceMap map, String source) {
        // Anything but an IllegalArgumentException is not worded for users; say which object it is.
        String problem = e.getCause() instanceof IllegalArgumentException iae
                ? iae.getMessage() : "invalid " + type.getSimpleName().toLowerCase(Locale.ROOT);
        String hint = e.getCause() instanceof Text.Problem p
                ? p.hint() : RULES_OF.getOrDefault(type, "check this object against the catalogue format");
        Matcher named = NAMED_FIELD.matcher(problem);
        if (named.matches()) {
            String field = path + "/" + named.group(1)
                    + (named.group(2) == null ? "" : "/" + (Integer.parseInt(named.group(2)) - 1));
            return atValue(map.value(field), e, source, path, problem, hint);
        }
        return error(source, e.getLocation(), path, problem, hint);
    }

    /**
     * "steps entry 2 is empty", "move id \"X\" must …", "move regions must have …": the field is the
     * last word before the quoted value, the entry number or the verb.
     */
    private static final Pattern NAMED_FIELD =
            Pattern.compile("(?:[a-z]+ )*([A-Za-z]+)(?: \"[^\"]*\")?(?: entry (\\d+))? (?:is empty|must .*)");

    private static CatalogueError wrongType(MismatchedInputException e, String path, SourceMap map, String source) {
        SourceMap.Mark value = map.value(path);
        ValueKind expected = ValueKind.of(e.getTargetType());
        ValueKind found = ValueKind.of(value.token());
        String problem = expected == found || expected == ValueKind.OTHER
                ? clean(e.getOriginalMessage())
                : "expected " + expected.expected() + ", found " + found.phrase();
        return atValue(value, e, source, path, problem, expected.hint());
    }

    /** Points at the start of the offending value; Jackson sometimes points just past it. */
    private static CatalogueError atValue(SourceMap.Mark value, JsonMappingException e, String source, String path,
                                          String problem, String hint) {
        if (value.line() == 0) {
            return error(source, e.getLocation(), path, problem, hint);
        }
        return new CatalogueError(source, value.line(), value.column(), path, problem, hint);
    }

    /** The JSON field names of a record, from its {@link JsonCreator}: the one place they are declared. */
    static List<String> fieldsOf(Class<?> type) {
        if (type == null) {
            return List.of();
        }
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(JsonCreator.class))
                .findFirst()
                .map(JsonProblems::parameterNames)
                .orElse(List.of());
    }

    private static List<String> parameterNames(Method creator) {
        return Arrays.stream(creator.getParameters())
                .map(p -> p.getAnnotation(JsonProperty.class))
                .filter(a -> a != null)
                .map(JsonProperty::value)
                .toList();
    }

    /** The object Jackson was filling in when a creator property was missing. */
    private static Class<?> ownerType(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.isEmpty()) {
            return null;
        }
        Object from = path.get(path.size() - 1).getFrom();
        return from instanceof Class<?> c ? c : from == null ? null : from.getClass();
    }

    private static String pointer(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            out.append('/').append(ref.getFieldName() != null ? escape(ref.getFieldName()) : ref.getIndex());
        }
        return out.toString();
    }

    /** The pointer of the object or array the parser is inside, without the field or index it is at. */
    private static String containerOf(JsonStreamContext context) {
        JsonStreamContext parent = context == null ? null : context.getParent();
        return parent == null ? "" : parent.pathAsPointer().toString();
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Jackson's message as one line without source excerpts or reference chains: the last resort. */
    static String clean(String message) {
        // "('G' (code 71))" says 'G'; advice to enable a parser feature is for programmers, not for us.
        return tidy(message).replaceAll("\\(('.{1,2}') \\(code \\d+\\)\\)", "$1")
                .replaceAll(":? *(enable|use) \\w*(Feature|Constraints)\\S*.*$", "");
    }

    /** One line, locations as "line 4, column 52", no reference chain: what the syntax rules read. */
    private static String tidy(String message) {
        String text = message == null ? "invalid JSON" : message;
        text = SOURCE_REFERENCE.matcher(text).replaceAll("line $1, column $2");
        text = text.replaceAll("\\s*\\(through reference chain:[^)]*\\)", "").replace("`", "");
        return text.lines().findFirst().orElse("invalid JSON").strip();
    }

    private static CatalogueError error(String source, JsonLocation at, String path, String problem, String hint) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new CatalogueError(source, line, column, path, problem, hint);
    }
}
