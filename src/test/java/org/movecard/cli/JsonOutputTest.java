package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list --json} and {@code check --json}: JSON alone on standard output, for scripts. */
class JsonOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void listGivesTheSelectedMovesInPrintOrder() throws Exception {
        CliTest.Run run = CliTest.run("list", "--json", "--region", "lower");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.path("catalogue").path("id").asText()).isEqualTo("back-moves");
        List<String> ids = new ArrayList<>();
        int position = 1;
        for (JsonNode move : root.path("moves")) {
            assertThat(move.path("position").asInt()).isEqualTo(position++);
            assertThat(move.path("regions").toString()).contains("lower");
            assertThat(move.path("steps").asInt()).isPositive();
            ids.add(move.path("id").asText());
        }
        CliTest.Run table = CliTest.run("list", "--region", "lower");
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(table.out()).contains(id));
        assertThat(root.path("settings").findValuesAsText("id")).containsExactly("chair", "standing", "floor");
    }

    @Test
    void checkOfAGoodCatalogue() throws Exception {
        CliTest.Run run = CliTest.run("check", "--json");
        assertThat(run.code()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.path("ok").asBoolean()).isTrue();
        assertThat(root.path("moves").asInt()).isEqualTo(10);
        assertThat(root.path("errors")).isEmpty();
    }

    @Test
    void checkOfABadCatalogueIsJsonWithTheLocationAndExitTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"id\": \"x\",\n  \"title\": 3\n}\n", StandardCharsets.UTF_8);
        CliTest.Run run = CliTest.run("check", "--json", "--catalogue", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        JsonNode error = JSON.readTree(run.out()).path("errors").path(0);
        assertThat(error.path("line").asInt()).isEqualTo(3);
        assertThat(error.path("column").asInt()).isEqualTo(12);
        assertThat(error.path("message").asText()).startsWith(bad + ":3:12: title");
    }
}
