package org.movecard.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema (data/catalogue.schema.json) and movecard's reader give the same verdict:
 * on every catalogue shipped or used in tests, and on catalogues broken one way each. The few rules a
 * schema cannot express are listed too, so a change to either side shows here.
 */
class SchemaAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("data/catalogue.schema.json"), StandardCharsets.UTF_8));
    }

    private static List<Error> schemaErrors(String json) throws Exception {
        return schema.validate(JSON.readTree(json));
    }

    private static Throwable readerError(String json) {
        return catchThrowable(() -> CatalogueReader.read(json.getBytes(StandardCharsets.UTF_8), "x.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/back-moves.json", "src/test/resources/org/movecard/catalogue/test-catalogue.json",
        "src/test/resources/catalogues/long-steps.json", "src/test/resources/catalogues/neck-shoulder.json"})
    void goodCataloguesPassBoth(String file) throws Exception {
        String json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        assertThat(schemaErrors(json)).as("schema on %s", file).isEmpty();
        assertThat(readerError(json)).as("reader on %s", file).isNull();
    }

    /** The translation schema accepts every bundled translation; the reader matches them too (TranslationReaderTest). */
    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "pt"})
    void bundledTranslationsPassTheTranslationSchema(String language) throws Exception {
        Schema translation = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("data/translation.schema.json"), StandardCharsets.UTF_8));
        String json = Files.readString(Path.of("data/back-moves." + language + ".json"), StandardCharsets.UTF_8);
        assertThat(translation.validate(JSON.readTree(json))).isEmpty();
        assertThat(translation.validate(JSON.readTree(json.replace("\"steps\"", "\"stpes\"")))).isNotEmpty();
    }

    static List<Arguments> brokenBothWays() {
        return List.of(
                broken("an optional field written as null", c -> move(c, 0).putNull("tips")),
                broken("a zone's null", c -> ((ObjectNode) c.get("regions").get(0)).putNull("zone")),
                broken("a name of no-break and zero-width spaces", c -> move(c, 0).put("name", "\u00a0\u200b\u00a0")),
                broken("a step of only an ideographic space", c -> ((ArrayNode) move(c, 1).get("steps")).set(0, "\u3000")),
                broken("a misspelt zone", c -> ((ObjectNode) c.get("regions").get(0)).put("zone", "uper-back")),
                broken("an unknown field", c -> move(c, 0).put("stpes", "x")),
                broken("a missing required field", c -> move(c, 0).remove("steps")),
                broken("an empty step list", c -> move(c, 0).putArray("steps")),
                broken("a bad id", c -> move(c, 0).put("id", "Chair_Twist")),
                broken("text where a list goes", c -> move(c, 0).put("regions", "lower")),
                broken("a number as text", c -> c.put("title", 7)),
                broken("a video that is not a web address", c -> move(c, 0).put("video", "ftp://x.example/v")),
                broken("four poses", c -> poses(c, 0).add(poses(c, 0).get(0).deepCopy()).add(poses(c, 0).get(0).deepCopy())
                        .add(poses(c, 0).get(0).deepCopy())),
                broken("no poses", c -> poses(c, 0).removeAll()),
                broken("joints beside poses", c -> ((ObjectNode) move(c, 0).get("figure"))
                        .set("joints", poses(c, 0).get(0).get("joints").deepCopy())),
                broken("a pose without joints", c -> ((ObjectNode) poses(c, 0).get(0)).remove("joints")),
                broken("a pose that looks up", c -> ((ObjectNode) poses(c, 0).get(0)).put("looks", "up")));
    }

    private static ArrayNode poses(ObjectNode catalogue, int index) {
        return (ArrayNode) move(catalogue, index).get("figure").get("poses");
    }

    private static Arguments broken(String what, Consumer<ObjectNode> change) {
        return Arguments.of(what, change);
    }

    private static ObjectNode move(ObjectNode catalogue, int index) {
        return (ObjectNode) catalogue.get("moves").get(index);
    }

    private static String bundledWith(Consumer<ObjectNode> change) throws Exception {
        ObjectNode catalogue = (ObjectNode) JSON.readTree(Path.of("data/back-moves.json").toFile());
        change.accept(catalogue);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(catalogue);
    }

    static List<Arguments> onlyTheReaderSees() {
        return List.of(
                broken("a setting that is not declared", c -> move(c, 0).put("setting", "bed")),
                broken("two moves with one id", c -> move(c, 1).put("id", move(c, 0).get("id").asText())),
                broken("a whole number written 10.0", c -> ((ObjectNode) poses(c, 0).get(0).get("joints"))
                        .set("head", JSON.createArrayNode().add(14.0).add(50))));
    }

    static List<Arguments> broken() {
        List<Arguments> all = new ArrayList<>();
        brokenBothWays().forEach(a -> all.add(Arguments.of(a.get()[0], a.get()[1], true)));
        onlyTheReaderSees().forEach(a -> all.add(Arguments.of(a.get()[0], a.get()[1], false)));
        return all;
    }

    /** The reader refuses every broken catalogue; the schema too, except for what it cannot express. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void brokenCataloguesAreRefused(String what, Consumer<ObjectNode> change, boolean schemaSeesIt) throws Exception {
        String json = bundledWith(change);
        assertThat(schemaErrors(json).isEmpty()).as("schema accepts %s", what).isEqualTo(!schemaSeesIt);
        assertThat(readerError(json)).as("reader on %s", what).isInstanceOf(CatalogueError.class);
    }
}
