package org.movecard.catalogue;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.movecard.ExitCode;

/**
 * Every class of bad catalogue gives one {@link CatalogueError} at the right line and column. The
 * bad inputs are small edits of {@link #BASE}; line and column numbers below are counted in it
 * (columns are 1-based characters, as editors show them).
 */
class CatalogueReaderTest {
    private static final String SOURCE = "data/x.json";

    /** Valid, with only the required fields. One field per line, so positions are easy to count. */
    private static final String BASE = """
            {
              "id": "back",
              "title": "Back moves",
              "settings": [
                { "id": "chair", "label": "Chair" },
                { "id": "floor", "label": "Floor" }
              ],
              "regions": [
                { "id": "upper-back", "label": "Upper back" },
                { "id": "lower-back", "label": "Lower back" }
              ],
              "safety": {
                "title": "Safety first",
                "points": ["Stop if it hurts."]
              },
              "moves": [
                {
                  "id": "seated-twist",
                  "name": "Seated twist",
                  "setting": "chair",
                  "regions": ["upper-back"],
                  "steps": ["Sit tall.", "Turn to the left."]
                },
                {
                  "id": "knee-hug",
                  "name": "Knee hug",
                  "setting": "floor",
                  "regions": ["lower-back"],
                  "steps": ["Lie on your back.", "Hug both knees."]
                }
              ]
            }
            """;

    /** BASE with {@code from}, which must occur exactly once, replaced by {@code to}. */
    private static String tweak(String from, String to) {
        int at = BASE.indexOf(from);
        assertThat(at).as("'%s' in the base catalogue", from).isNotNegative();
        assertThat(BASE.indexOf(from, at + 1)).as("'%s' occurs once", from).isNegative();
        return BASE.replace(from, to);
    }

    private static Catalogue read(String json) {
        return CatalogueReader.read(json.getBytes(UTF_8), SOURCE);
    }

    private static CatalogueError errorOf(byte[] bytes) {
        CatalogueError e = catchThrowableOfType(CatalogueError.class, () -> CatalogueReader.read(bytes, SOURCE));
        assertThat(e).as("a CatalogueError").isNotNull();
        return e;
    }

    private static CatalogueError errorOf(String json) {
        return errorOf(json.getBytes(UTF_8));
    }

    /** What every catalogue error must be, wherever it comes from. */
    private static void assertError(CatalogueError e, int line, int column, String path, String problem,
                                    String hint) {
        assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as("column of: %s", e.getMessage()).isEqualTo(column);
        assertThat(e.path()).as("path of: %s", e.getMessage()).isEqualTo(path);
        assertThat(e.problem()).contains(problem);
        assertThat(e.hint()).as("hint of: %s", e.getMessage()).contains(hint);
        String where = line > 0 ? SOURCE + ":" + line + ":" + column + ": " : SOURCE + ": ";
        String words = CatalogueError.inWords(path);
        assertThat(e.getMessage())
                .startsWith(where + (words.isEmpty() ? "" : words + ": "))
                .endsWith(e.problem())
                .doesNotContain("\n", "\r", "Source", "reference chain", "com.fasterxml", "java.", "`");
        assertThat(e.hint()).doesNotContain("\n", "\r");
    }

    @Nested
    class GoodCatalogues {
        @Test
        void minimalCatalogueReads() {
            Catalogue c = read(BASE);

            assertThat(c.id()).isEqualTo("back");
            assertThat(c.settings()).extracting(Setting::id).containsExactly("chair", "floor");
            assertThat(c.regions()).extracting(Region::label).containsExactly("Upper back", "Lower back");
            assertThat(c.safety().points()).containsExactly("Stop if it hurts.");
            assertThat(c.moves()).extracting(Move::id).containsExactly("seated-twist", "knee-hug");
            assertThat(c.moves().get(0).steps()).containsExactly("Sit tall.", "Turn to the left.");
        }

        @Test
        void absentOptionalFieldsGetDefaults() {
            Catalogue c = read(BASE);
            Move move = c.moves().get(0);

            assertThat(c.language()).isEqualTo("en");
            assertThat(c.intro()).isNull();
            assertThat(c.safety().shortPoints()).isEmpty();
            assertThat(c.regions().get(0).zone()).isNull();
            assertThat(move.equipment()).isEmpty();
            assertThat(move.tips()).isEmpty();
            assertThat(move.feel()).isNull();
            assertThat(move.dose()).isNull();
            assertThat(move.variationOf()).isNull();
            assertThat(move.video()).isNull();
        }

        @Test
        void optionalFieldsAreRead() {
            String json = tweak("\"title\": \"Back moves\",",
                    "\"title\": \"Back moves\", \"language\": \"de\", \"intro\": \"Short and gentle.\",")
                    .replace("\"setting\": \"floor\",", """
                            "setting": "floor", "feel": "your lower back", "equipment": ["mat"],
                                  "tips": ["Breathe out."], "variationOf": "seated-twist",
                                  "video": "https://example.org/v/1",
                                  "dose": { "holdSeconds": { "min": 10, "max": 20 }, "repeat": { "min": 3 },
                                            "repeatUnit": "rounds", "eachSide": true },""");
            Catalogue c = read(json);
            Move move = c.moves().get(1);

            assertThat(c.language()).isEqualTo("de");
            assertThat(c.intro()).isEqualTo("Short and gentle.");
            assertThat(move.feel()).isEqualTo("your lower back");
            assertThat(move.tips()).containsExactly("Breathe out.");
            assertThat(move.video()).isEqualTo("https://example.org/v/1");
            assertThat(move.equipment()).containsExactly("mat");
            assertThat(move.variationOf()).isEqualTo("seated-twist");
            assertThat(move.dose()).isEqualTo(new Dose(new Range(10, 20), Range.exactly(3), "rounds", true));
        }

        @Test
        void byteOrderMarkIsSkipped() {
            byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BASE.getBytes(UTF_8));

            assertThat(CatalogueReader.read(withBom, SOURCE).id()).isEqualTo("back");
        }

        @Test
        void accentedTextSurvives() {
            String title = "Rücken – sanft, ½ Stunde, “leicht”, café";
            Catalogue c = read(tweak("\"Back moves\"", "\"" + title + "\"")
                    .replace("\"Sit tall.\"", "\"Sitz aufrecht – ½ Minute.\""));

            assertThat(c.title()).isEqualTo(title);
            assertThat(c.moves().get(0).steps().get(0)).isEqualTo("Sitz aufrecht – ½ Minute.");
        }

        @Test
        void readsAFile(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("back.json"), BASE);

            assertThat(CatalogueReader.read(file).title()).isEqualTo("Back moves");
        }

        @Test
        void readsAClasspathResource() {
            Catalogue c = CatalogueReader.resource("/org/movecard/catalogue/test-catalogue.json", "test-catalogue.json");

            assertThat(c.moves()).extracting(Move::id).containsExactly("nod");
        }

        @Test
        void missingResourceIsABugNotAUserError() {
            assertThatThrownBy(() -> CatalogueReader.resource("/org/movecard/catalogue/nope.json", "<bundled>"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("nope.json");
        }
    }

    @Nested
    class TheFile {
        @Test
        void missingFile(@TempDir Path dir) {
            Path file = dir.resolve("nope.json");
            CatalogueError e = catchThrowableOfType(CatalogueError.class, () -> CatalogueReader.read(file));

            assertThat(e.getMessage()).isEqualTo(file + ": file not found");
            assertThat(e.line()).isZero();
            assertThat(e.column()).isZero();
            assertThat(e.hint()).startsWith("check the path").contains(file.toAbsolutePath().toString());
            assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        }

        @Test
        void directory(@TempDir Path dir) {
            CatalogueError e = catchThrowableOfType(CatalogueError.class, () -> CatalogueReader.read(dir));

            assertThat(e.getMessage()).isEqualTo(dir + ": is a directory, not a catalogue file");
            assertThat(e.hint()).contains(".json file");
            assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        }

        @Test
        void emptyFile() {
            assertError(errorOf(new byte[0]), 0, 0, "", "file is empty", "a catalogue is a JSON object");
            assertError(errorOf(" \n\t\r\n "), 0, 0, "", "file is empty", "a catalogue is a JSON object");
            assertThat(errorOf("").getMessage()).isEqualTo("data/x.json: file is empty");
        }

        @Test
        void fileOverTheLimit(@TempDir Path dir) throws Exception {
            byte[] big = new byte[CatalogueReader.MAX_BYTES + 1];
            Arrays.fill(big, (byte) ' ');
            Path file = Files.write(dir.resolve("big.json"), big);

            assertError(errorOf(big), 0, 0, "", "file is larger than the 2 MiB limit", "right file");
            CatalogueError fromFile = catchThrowableOfType(CatalogueError.class, () -> CatalogueReader.read(file));
            assertThat(fromFile.problem()).isEqualTo("file is larger than the 2 MiB limit for a catalogue");
        }

        @Test
        void notUtf8IsPlacedInCharactersNotBytes() {
            // Line 19 is `      "name": "Seated twist",`; "è" and "½" take two bytes each but one column.
            byte[] bytes = tweak("Seated twist", "Crème ½ #").getBytes(UTF_8);
            bytes[indexOf(bytes, (byte) '#')] = (byte) 0xFF;

            assertError(errorOf(bytes), 19, 24, "", "not valid UTF-8 (byte 0xFF)", "save the file as UTF-8");
        }

        @Test
        void latin1FileIsNotUtf8() {
            // "é" in ISO-8859-1 is the lone byte 0xE9: line 19, after `      "name": "Caf`.
            byte[] bytes = tweak("Seated twist", "Café").getBytes(ISO_8859_1);

            assertError(errorOf(bytes), 19, 19, "", "not valid UTF-8 (byte 0xE9)", "save the file as UTF-8");
        }

        @Test
        void byteOrderMarkDoesNotCountAsAColumn() {
            byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    "{\"id\": \"caf#\"}".getBytes(UTF_8));
            bytes[indexOf(bytes, (byte) '#')] = (byte) 0xE9;

            assertError(errorOf(bytes), 1, 12, "", "not valid UTF-8 (byte 0xE9)", "UTF-8");
            assertError(errorOf(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "[]".getBytes(UTF_8))),
                    1, 1, "", "the catalogue must be a JSON object, found a list", "start the file with {");
        }
    }

    @Nested
    class Syntax {
        /** Jackson says "Unexpected character ('G' (code 71)) in numeric value: …"; none of that may reach the user. */
        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "-G      | invalid number: a minus sign must be followed by digits",
            "1.      | invalid number: a decimal point must be followed by digits",
            "1e      | invalid number: the exponent e must be followed by digits",
            "+1      | invalid number: a number may not start with +",
            "        | expected a value, found }",
            "1'1'11' | missing comma before this field",
        })
        void numbersAndMissingValuesAreWordedForPeople(String value, String problem) {
            CatalogueError e = errorOf("{\"id\": " + (value == null ? "" : value) + "}");
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.getMessage()).doesNotContain("code ").doesNotContain("JsonReadFeature").doesNotContain("Unexpected");
        }

        @Test
        void aNumberLongerThanTheReadLimitIsWordedAndPlaced() {
            CatalogueError e = errorOf("{\n  \"id\": 1" + "0".repeat(2000) + "}");
            assertThat(e.problem()).isEqualTo("a number of 2001 digits (at most 1000 are read)");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).doesNotContain("StreamReadConstraints");
        }

        @Test
        void missingComma() {
            CatalogueError e = errorOf(tweak("\"Back moves\",", "\"Back moves\""));

            assertError(e, 4, 3, "", "missing comma before this field", "separate the fields");
            assertThat(e.getMessage()).isEqualTo("data/x.json:4:3: missing comma before this field");
        }

        @Test
        void missingColon() {
            // Line 3 becomes `  "title" "Back moves",`: Jackson stops at the value, column 11.
            assertError(errorOf(tweak("\"title\": \"Back moves\"", "\"title\" \"Back moves\"")),
                    3, 11, "", "missing colon after the field name", "\"name\": value");
        }

        @Test
        void trailingCommaInObject() {
            CatalogueError e = errorOf(tweak("\"label\": \"Floor\" }", "\"label\": \"Floor\", }"));

            assertError(e, 6, 40, "/settings/1", "expected another field after the comma, found }",
                    "delete the comma before }");
            assertThat(e.getMessage())
                    .isEqualTo("data/x.json:6:40: settings[1]: expected another field after the comma, found }");
        }

        @Test
        void trailingCommaInList() {
            assertError(errorOf(tweak("\"Turn to the left.\"]", "\"Turn to the left.\",]")),
                    22, 50, "/moves/0/steps", "expected a value, found ]", "delete the comma before ]");
        }

        @Test
        void unclosedBrace() {
            String json = BASE.substring(0, BASE.lastIndexOf('}'));

            assertError(errorOf(json), 32, 1, "", "the file ends before the { at line 1, column 1 is closed",
                    "every { has a matching }");
        }

        @Test
        void commentsAreNotJson() {
            assertError(errorOf(tweak("\"id\": \"back\",", "\"id\": \"back\", // short id")),
                    2, 17, "", "comments are not allowed in JSON", "delete the comment");
        }

        @Test
        void unquotedText() {
            // Line 26 is `      "name": Knee hug,`: the value starts at column 15.
            assertError(errorOf(tweak("\"Knee hug\"", "Knee hug")),
                    26, 15, "/moves/1", "unexpected word \"Knee\"", "put text in double quotes");
        }

        @Test
        void topLevelMustBeAnObject() {
            assertError(errorOf("\n  [ ]"), 2, 3, "", "the catalogue must be a JSON object, found a list", "{");
            assertError(errorOf("\"back\""), 1, 1, "", "must be a JSON object, found text", "{");
            assertError(errorOf("null"), 1, 1, "", "must be a JSON object, found null", "{");
        }
    }

    @Nested
    class Structure {
        @Test
        void trailingContentAfterTheObject() {
            assertError(errorOf(BASE + "{ \"id\": \"more\" }\n"), 33, 1, "",
                    "unexpected content after the end of the catalogue (its closing } is at line 32, column 1)",
                    "exactly one JSON object");
            assertError(errorOf(BASE.strip() + "}"), 32, 2, "", "unexpected content after the end of the catalogue",
                    "exactly one JSON object");
        }

        @Test
        void duplicateKey() {
            // Line 26 becomes `      "name": "Knee hug", "name": "Hug",`.
            CatalogueError e = errorOf(tweak("\"name\": \"Knee hug\",", "\"name\": \"Knee hug\", \"name\": \"Hug\","));

            assertError(e, 26, 27, "/moves/1", "field \"name\" appears twice in the same object (first at line 26, column 7)",
                    "keep only one of them");
            assertThat(e.getMessage()).startsWith("data/x.json:26:27: moves[1]: field \"name\" appears twice");
        }

        @Test
        void misspeltRequiredFieldIsReportedAsUnknownNotMissing() {
            // Jackson would say "missing steps"; the typo on line 22, column 7 is the real cause.
            CatalogueError e = errorOf(tweak("\"steps\": [\"Sit tall.\"", "\"stesp\": [\"Sit tall.\""));

            assertError(e, 22, 7, "/moves/0", "unknown field \"stesp\" (known fields: id, name, setting, regions, "
                    + "steps, feel, equipment, tips, dose, variationOf, video, figure)", "did you mean \"steps\"?");
            assertThat(e.hint()).isEqualTo("did you mean \"steps\"?");
        }

        @Test
        void misspeltOptionalField() {
            assertError(errorOf(tweak("\"title\": \"Back moves\",", "\"title\": \"Back moves\", \"langauge\": \"de\",")),
                    3, 26, "", "unknown field \"langauge\"", "did you mean \"language\"?");
        }

        @Test
        void unknownFieldWithNothingClose() {
            // Line 13 becomes `    "title": "Safety first", "icon": "warning",`.
            assertError(errorOf(tweak("\"Safety first\",", "\"Safety first\", \"icon\": \"warning\",")),
                    13, 30, "/safety", "unknown field \"icon\" (known fields: title, points, shortPoints, cardPoints)",
                    "delete it, or correct its spelling");
        }

        @Test
        void missingRequiredField() {
            // Placed where move 1 opens, line 24, `    {`: where the field is to be added.
            String json = tweak("""
                    "regions": ["lower-back"],
                          "steps": ["Lie on your back.", "Hug both knees."]""", """
                    "regions": ["lower-back"]""");
            CatalogueError e = errorOf(json);

            assertError(e, 24, 5, "/moves/1", "missing required field \"steps\"", "add \"steps\" (a list in [ ])");
            assertThat(e.getMessage()).isEqualTo("data/x.json:24:5: moves[1]: missing required field \"steps\"");
        }

        @Test
        void missingTopLevelField() {
            assertError(errorOf(tweak("  \"title\": \"Back moves\",\n", "")), 1, 1, "",
                    "the catalogue is missing required field \"title\"", "add \"title\" (text in double quotes)");
        }
    }

    /** A wrong-typed value: the edit, where the value starts, its path and what is said. */
    record WrongType(String name, String from, String to, int line, int column, String path, String problem,
                     String hint) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Line 27 is `      "setting": "floor",`; a dose added after it starts at column 27. */
    private static String withDose(String dose) {
        return "\"setting\": \"floor\", \"dose\": " + dose + ",";
    }

    static Stream<WrongType> wrongTypes() {
        String setting = "\"setting\": \"floor\",";
        return Stream.of(
                new WrongType("number for text", "\"Seated twist\"", "7", 19, 15, "/moves/0/name",
                        "expected text in double quotes, found a whole number", "put text in double quotes"),
                new WrongType("number in a list of text", "[\"upper-back\"]", "[\"upper-back\", 3]", 21, 33,
                        "/moves/0/regions/1", "expected text in double quotes, found a whole number", "double quotes"),
                new WrongType("null in a list", "\"Turn to the left.\"", "null", 22, 30, "/moves/0/steps/1",
                        "expected text in double quotes, found null", "double quotes"),
                new WrongType("\"2\" for a number", setting, withDose("{ \"repeat\": { \"min\": \"2\" } }"), 27, 56,
                        "/moves/1/dose/repeat/min", "expected a whole number, found text", "without quotes"),
                new WrongType("decimal for a whole number", setting, withDose("{ \"repeat\": { \"min\": 2.5 } }"),
                        27, 56, "/moves/1/dose/repeat/min", "expected a whole number, found a decimal number",
                        "whole number"),
                new WrongType("null for a whole number", setting, withDose("{ \"repeat\": { \"min\": null } }"),
                        27, 56, "/moves/1/dose/repeat/min", "expected a whole number, found null", "whole number"),
                new WrongType("text for true/false", setting, withDose("{ \"eachSide\": \"yes\" }"), 27, 49,
                        "/moves/1/dose/eachSide", "expected true or false, found text", "true or false"),
                new WrongType("1 for true/false", setting, withDose("{ \"eachSide\": 1 }"), 27, 49,
                        "/moves/1/dose/eachSide", "expected true or false, found a whole number", "true or false"),
                new WrongType("text for a list", "[\"Sit tall.\", \"Turn to the left.\"]", "\"Sit tall.\"", 22, 16,
                        "/moves/0/steps", "expected a list in [ ], found text", "even for a single entry"),
                new WrongType("text for an object", setting, withDose("\"twice\""), 27, 35,
                        "/moves/1/dose", "expected an object in { }, found text", "braces"),
                new WrongType("list for text", "\"Back moves\"", "[\"Back moves\"]", 3, 12,
                        "/title", "expected text in double quotes, found a list", "double quotes"),
                new WrongType("number too large", setting, withDose("{ \"repeat\": { \"min\": 99999999999 } }"),
                        27, 56, "/moves/1/dose/repeat/min", "number is too large", "smaller"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTypes")
    void wrongTypeIsNotCoerced(WrongType t) {
        assertError(errorOf(tweak(t.from(), t.to())), t.line(), t.column(), t.path(), t.problem(), t.hint());
    }

    @Nested
    class RecordInvariants {
        @Test
        void blankStep() {
            // Placed on the blank step itself.
            CatalogueError e = errorOf(tweak("\"Turn to the left.\"", "\"  \""));

            assertError(e, 22, 30, "/moves/0", "steps entry 2 is empty", "none of them empty");
            assertThat(e.getMessage()).isEqualTo("data/x.json:22:30: moves[0]: steps entry 2 is empty");
        }

        @Test
        void emptyStepList() {
            // Placed on the empty list: line 22, `"steps": []`.
            CatalogueError e = errorOf(tweak("[\"Sit tall.\", \"Turn to the left.\"]", "[]"));

            assertError(e, 22, 16, "/moves/0", "steps must have at least one entry", "none of them empty");
            assertThat(e.exitCode()).isEqualTo(org.movecard.ExitCode.INVALID_INPUT);
        }

        @Test
        void badId() {
            // Placed on the id value.
            assertError(errorOf(tweak("\"seated-twist\"", "\"Seated Twist\"")), 18, 13, "/moves/0",
                    "move id \"Seated Twist\" must use only lower-case letters, digits and single dashes",
                    "a move needs an id like");
        }

        @Test
        void rangeMaxBelowMin() {
            // Placed where the range object `{ "min": 3, "max": 2 }` opens, at column 47 of line 27.
            assertError(errorOf(tweak("\"setting\": \"floor\",", withDose("{ \"repeat\": { \"min\": 3, \"max\": 2 } }"))),
                    27, 47, "/moves/1/dose/repeat", "max (2) must not be less than min (3)", "1 ≤ min ≤ max");
        }
    }

    @Nested
    class CrossReferences {
        @Test
        void undeclaredSetting() {
            CatalogueError e = errorOf(tweak("\"setting\": \"floor\"", "\"setting\": \"flor\""));

            assertError(e, 27, 18, "/moves/1/setting",
                    "move \"knee-hug\" uses setting \"flor\", which the catalogue does not declare",
                    "did you mean \"floor\"? declared settings: chair, floor");
            assertThat(e.getMessage()).startsWith("data/x.json:27:18: moves[1].setting: move \"knee-hug\"");
        }

        @Test
        void undeclaredRegion() {
            assertError(errorOf(tweak("[\"upper-back\"]", "[\"upper-back\", \"neck\"]")), 21, 33, "/moves/0/regions/1",
                    "move \"seated-twist\" names region \"neck\", which the catalogue does not declare",
                    "declared regions: upper-back, lower-back");
        }

        @Test
        void duplicateMoveId() {
            assertError(errorOf(tweak("\"knee-hug\"", "\"seated-twist\"")), 25, 13, "/moves/1/id",
                    "move id \"seated-twist\" is already used by moves[0]", "give each move its own id");
        }

        @Test
        void duplicateRegionId() {
            assertError(errorOf(tweak("\"lower-back\", \"label\"", "\"upper-back\", \"label\"")
                            .replace("[\"lower-back\"]", "[\"upper-back\"]")),
                    10, 13, "/regions/1/id", "region id \"upper-back\" is already used by regions[0]",
                    "give each region its own id");
        }

        @Test
        void earliestProblemInTheFileWins() {
            // A duplicate setting id (line 6) also leaves move 1's "floor" undeclared (line 27).
            assertError(errorOf(tweak("{ \"id\": \"floor\"", "{ \"id\": \"chair\"")), 6, 13, "/settings/1/id",
                    "setting id \"chair\" is already used by settings[0]", "give each setting its own id");
        }

        @Test
        void variationOfUnknownMove() {
            // Line 27 becomes `      "setting": "floor", "variationOf": "seated-twst",`.
            assertError(errorOf(tweak("\"setting\": \"floor\",", "\"setting\": \"floor\", \"variationOf\": \"seated-twst\",")),
                    27, 42, "/moves/1/variationOf",
                    "move \"knee-hug\" is a variation of \"seated-twst\", which is not a move in this catalogue",
                    "did you mean \"seated-twist\"?");
        }

        @Test
        void variationOfItself() {
            assertError(errorOf(tweak("\"setting\": \"floor\",", "\"setting\": \"floor\", \"variationOf\": \"knee-hug\",")),
                    27, 42, "/moves/1/variationOf", "move \"knee-hug\" is marked as a variation of itself",
                    "another move's id");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new AssertionError("byte not found");
    }

    /** Values that bind but would reach the PDF as something nobody can see or a reader cannot parse. */
    @Nested
    class HiddenProblems {
        private String withLanguage(String tag) {
            return tweak("\"title\": \"Back moves\",", "\"title\": \"Back moves\", \"language\": " + tag + ",");
        }

        @Test
        void languageMustBeABcp47Tag() {
            assertThat(read(withLanguage("\"en-GB\"")).language()).isEqualTo("en-GB");
            assertError(errorOf(withLanguage("\"not a tag!!\"")), 3, 38, "", "language must be a BCP 47 language tag",
                    "\"en-GB\"");
            assertError(errorOf(withLanguage("\"en)/Title(x\"")), 3, 38, "", "not \"en)/Title(x\"", "language tag");
        }

        @Test
        void controlCharactersAreRefusedWherePlaced() {
            assertError(errorOf(tweak("\"Sit tall.\"", "\"Sit\\u0000 tall.\"")), 22, 17, "/moves/0",
                    "steps entry 1 must not contain the control character U+0000", "\\u0000");
            assertError(errorOf(tweak("\"Knee hug\"", "\"Knee\\u001b hug\"")), 26, 15, "/moves/1",
                    "move name must not contain the control character U+001B", "\\u001B");
            assertError(errorOf(tweak("\"Knee hug\"", "\"Knee\\nhug\"")), 26, 15, "/moves/1",
                    "move name must not contain the control character U+000A", "use a space");
            // A line break stays allowed in steps.
            assertThat(read(tweak("\"Sit tall.\"", "\"Sit tall.\\nBreathe.\"")).moves().get(0).steps().get(0))
                    .isEqualTo("Sit tall.\nBreathe.");
        }

        @Test
        void invisibleCharactersAreRefusedByCodePoint() {
            for (String cp : new String[] {"00AD", "200B", "200C", "200D", "2060", "FEFF"}) {
                CatalogueError e = errorOf(tweak("\"Turn to the left.\"", "\"Turn to the\\u" + cp + " left.\""));
                assertError(e, 22, 30, "/moves/0", "steps entry 2 must not contain the invisible character U+" + cp,
                        "U+" + cp);
            }
            assertError(errorOf(tweak("\"Upper back\"", "\"Upper\u00ADback\"")), 9, 36, "/regions/0",
                    "region label must not contain the invisible character U+00AD", "soft hyphen");
        }

        @Test
        void textOfOnlyInvisibleOrNoBreakSpaceIsBlank() {
            assertError(errorOf(tweak("\"Knee hug\"", "\"\\u00a0\\u202f\\u200b \"")), 26, 15, "/moves/1",
                    "move name must not be empty", "");
            assertError(errorOf(tweak("\"Turn to the left.\"", "\"\u00a0\"")), 22, 30, "/moves/0",
                    "steps entry 2 is empty", "");
        }

        @Test
        void videoTooLongForAQrCodeIsRefusedAtReadTime() {
            String link = "https://example.org/" + "a".repeat(Move.MAX_VIDEO_BYTES - 20);
            String ok = tweak("\"name\": \"Knee hug\",", "\"name\": \"Knee hug\", \"video\": \"" + link + "\",");
            assertThat(read(ok).moves().get(1).video()).isEqualTo(link);
            assertError(errorOf(ok.replace(link, link + "a")), 26, 36, "/moves/1",
                    "video must be at most " + Move.MAX_VIDEO_BYTES + " bytes to fit in a QR code", "shorter link");
        }

        @Test
        void nullForAnOptionalFieldIsRefused() {
            assertError(errorOf(tweak("\"name\": \"Knee hug\",", "\"name\": \"Knee hug\", \"feel\": null,")),
                    26, 35, "/moves/1", "\"feel\" is null", "leave the field out instead of");
            assertError(errorOf(withLanguage("null")), 3, 38, "", "\"language\" is null", "leave the field out");
        }
    }
}
