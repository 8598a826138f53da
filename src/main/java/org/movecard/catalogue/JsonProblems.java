package org.movecard.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's errors in the user's language: what is wrong, where, and how to fix it. Syntax errors
 * come from Jackson's parser and are reworded here; Jackson's own wording (Java types, feature
 * names, source excerpts) never reaches the user except as a last resort, cleaned to one line.
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

    /** A field of the wrong kind of value: "expected a list in [ ], found text", at the value. */
    static CatalogueError wrongType(JsonFields.File file, String pointer, ValueKind expected) {
        ValueKind found = ValueKind.of(file.map().value(pointer).token());
        return atStart(file, pointer, "expected " + expected.expected() + ", found " + found.phrase(), expected.hint());
    }

    /** A field the object's record does not have, with the closest known name as the hint. */
    static CatalogueError unknownField(JsonFields.File file, String object, String name, List<String> known) {
        SourceMap.Mark at = file.map().key(object + "/" + JsonFields.escape(name));
        String hint = Spelling.closest(name, known)
                .map(c -> "did you mean \"" + c + "\"?")
                .orElse("delete it, or correct its spelling");
        return new CatalogueError(file.source(), at.line(), at.column(), object,
                "unknown field \"" + name + "\" (known fields: " + String.join(", ", known) + ")", hint);
    }

    /** A required field left out, placed at the object's opening brace, where to add it. */
    static CatalogueError missingField(JsonFields.File file, String owner, String field, String expected) {
        String problem = owner.isEmpty()
                ? "the " + file.kind() + " is missing required field \"" + field + "\""
                : "missing required field \"" + field + "\"";
        return atStart(file, owner, problem, "add \"" + field + "\" (" + expected + ") to this object");
    }

    /**
     * Reading would take an explicit null for "absent", which hides typos and confuses other readers
     * of the file: refuse it.
     */
    static CatalogueError isNull(JsonFields.File file, String pointer) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        SourceMap.Mark at = file.map().value(pointer);
        return new CatalogueError(file.source(), at.line(), at.column(), parent(pointer),
                "\"" + field + "\" is null", ValueKind.NULL.hint());
    }

    /**
     * A record's compact constructor said no to the object at {@code pointer}; the message already
     * names the field or list entry ("steps entry 2 is empty", "steps must have at least one entry"),
     * so the error is placed there when the file has it, else at the object.
     */
    static CatalogueError invariant(JsonFields.File file, String pointer, Class<?> type, IllegalArgumentException e) {
        String problem = e.getMessage();
        String hint = e instanceof Text.Problem p ? p.hint()
                : RULES_OF.getOrDefault(type, "check this object against the " + file.kind() + " format");
        Matcher named = NAMED_FIELD.matcher(problem);
        if (named.matches()) {
            String field = pointer + "/" + named.group(1)
                    + (named.group(2) == null ? "" : "/" + (Integer.parseInt(named.group(2)) - 1));
            SourceMap.Mark at = file.map().value(field);
            if (at.line() > 0) {
                return new CatalogueError(file.source(), at.line(), at.column(), pointer, problem, hint);
            }
        }
        return atStart(file, pointer, problem, hint);
    }

    /**
     * "steps entry 2 is empty", "move id \"X\" must …", "move regions must have …": the field is the
     * last word before the quoted value, the entry number or the verb.
     */
    private static final Pattern NAMED_FIELD =
            Pattern.compile("(?:[a-z]+ )*([A-Za-z]+)(?: \"[^\"]*\")?(?: entry (\\d+))? (?:is empty|must .*)");

    /** A problem with the value (or object) at {@code pointer}, placed at its start. */
    static CatalogueError atStart(JsonFields.File file, String pointer, String problem, String hint) {
        SourceMap.Mark at = file.map().value(pointer);
        return new CatalogueError(file.source(), at.line(), at.column(), pointer, problem, hint);
    }

    /** What a record of {@code type} needs, for a hint. */
    static String rulesOf(Class<?> type) {
        return RULES_OF.get(type);
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
