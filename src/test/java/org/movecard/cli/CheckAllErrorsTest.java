package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three wrong references in one catalogue: check names all three in one run, in file order. */
class CheckAllErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void threeMistakes() throws Exception {
        ObjectNode catalogue = (ObjectNode) JSON.readTree(Path.of("data/back-moves.json").toFile());
        ArrayNode moves = (ArrayNode) catalogue.get("moves");
        // Made in reverse file order, to show the report does not follow the order of discovery.
        ((ObjectNode) moves.get(7)).put("variationOf", "nope");
        ((ArrayNode) moves.get(4).get("regions")).set(0, "lowr");
        ((ObjectNode) moves.get(1)).put("setting", "chiar");
        file = dir.resolve("three.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), catalogue);
    }

    @Test
    void checkListsEveryProblemInFileOrder() {
        CliTest.Run run = CliTest.run("check", "--catalogue", file.toString());
        assertThat(run.code()).isEqualTo(2);
        List<String> errors = run.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("moves[1].setting").contains("\"chiar\"");
        assertThat(errors.get(1)).contains("moves[4].regions[0]").contains("\"lowr\"");
        assertThat(errors.get(2)).contains("moves[7].variationOf").contains("\"nope\"");
        assertThat(run.err()).contains("did you mean \"chair\"?").contains("did you mean \"lower\"?");
    }

    @Test
    void checkJsonHasThemAllWithPositions() throws Exception {
        CliTest.Run run = CliTest.run("check", "--json", "--catalogue", file.toString());
        assertThat(run.code()).isEqualTo(2);
        JsonNode errors = JSON.readTree(run.out()).path("errors");
        assertThat(errors).hasSize(3);
        int previousLine = 0;
        for (JsonNode error : errors) {
            assertThat(error.path("line").asInt()).isGreaterThan(previousLine);
            previousLine = error.path("line").asInt();
        }
        assertThat(errors.get(2).path("path").asText()).isEqualTo("/moves/7/variationOf");
    }

    @Test
    void otherCommandsReportTheFirstAndPointToCheck() throws Exception {
        CliTest.Run run = CliTest.run("handout", "--catalogue", file.toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> l.startsWith("error: "))).hasSize(1);
        assertThat(run.err()).contains("moves[1].setting")
                .contains("note: 2 more problems in this catalogue; 'movecard check --catalogue " + file + "'");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }
}
