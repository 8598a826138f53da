package org.movecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.ClinicReader;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;

/** The HTTP API over real HTTP: each endpoint, each error status, the token rule and what reaches the log. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    static Served served;

    @BeforeAll
    static void start() {
        served = Served.standard(data.resolve("templates"));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static void assertPdf(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static void assertError(HttpResponse<byte[]> response, int status, String field, String error)
            throws IOException {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.path("error").asText()).contains(error);
        if (field == null) {
            assertThat(body.has("field")).isFalse();
        } else {
            assertThat(body.path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void movesListTheCatalogueWithTheirFigures() throws Exception {
        JsonNode moves = json(served.get("/api/moves"));
        assertThat(moves).hasSize(10);
        JsonNode twist = moves.get(1);
        assertThat(twist.path("id").asText()).isEqualTo("chair-twist");
        assertThat(twist.path("setting").asText()).isEqualTo("chair");
        assertThat(twist.path("regions").toString()).isEqualTo("[\"middle\",\"lower\"]");
        assertThat(twist.path("figureAlt").asText()).contains("sitting on a chair");

        HttpResponse<byte[]> figure = served.get(twist.path("figure").asText());
        assertThat(figure.statusCode()).isEqualTo(200);
        assertThat(figure.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(figure.body()));
        assertThat(image.getWidth()).isEqualTo(Api.FIGURE_PIXELS);
        assertThat(image.getHeight()).isEqualTo(Api.FIGURE_PIXELS);
        assertThat(darkPixels(image)).as("ink pixels of the figure").isGreaterThan(500);
        assertThat(served.get("/figures/no-such-move.png").statusCode()).isEqualTo(404);
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void configNamesTheClinicAndTheTemplateFolder() throws Exception {
        JsonNode config = json(served.get("/api/config"));
        assertThat(config.path("clinic").asText()).isEqualTo("Riverside Physiotherapy");
        assertThat(config.path("settings").findValuesAsText("id")).containsExactly("chair", "standing", "floor");
        assertThat(config.path("templateFolder").asText()).isEqualTo(data.resolve("templates").toAbsolutePath().toString());
    }

    @Test
    void handoutFollowsTheSelectionAndPaper() throws Exception {
        HttpResponse<byte[]> response = served.post("/api/handout",
                "{\"settings\": [\"chair\"], \"paper\": \"letter\", \"title\": \"Desk moves\"}");
        assertPdf(response);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"handout.pdf\"");
        try (var doc = Pdfs.load(response.body())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(response.headers().firstValue("X-Pages")).hasValue(Integer.toString(doc.getNumberOfPages()));
        }
        String text = Pdfs.text(response.body());
        assertThat(text).contains("Desk moves", "Chair twist", "Chair lean-back").doesNotContain("Lying twist");
    }

    @Test
    void aHandoutFitsTheAskedPagesOrSaysHowManyItNeeds() throws Exception {
        HttpResponse<byte[]> pinUp = served.post("/api/handout", "{\"settings\": [\"chair\", \"standing\"], \"pages\": 1}");
        assertPdf(pinUp);
        try (var doc = Pdfs.load(pinUp.body())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(pinUp.headers().firstValue("X-Pages")).hasValue("1");
        HttpResponse<byte[]> tooMany = served.post("/api/handout", "{\"pages\": 1}");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(json(tooMany).path("error").asText()).matches("the handout needs \\d+ pages .* it does not fit on 1");
        assertError(served.post("/api/handout", "{\"pages\": 0}"), 400, "pages", "pages: 0 is out of range");
    }

    @Test
    void languageWorksAsOnTheCommandLine() throws Exception {
        HttpResponse<byte[]> spanish = served.post("/api/handout", "{\"settings\": [\"chair\"], \"language\": \"es\"}");
        assertPdf(spanish);
        assertThat(Pdfs.text(spanish.body())).contains("Giro en silla", "Página 1 de").doesNotContain("Chair twist");
        HttpResponse<byte[]> both = served.post("/api/handout", "{\"settings\": [\"chair\"], \"language\": \"en,es\"}");
        assertThat(Pdfs.text(both.body())).contains("Giro en silla", "Chair twist");
        HttpResponse<byte[]> unknown = served.post("/api/card", "{\"language\": \"it\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("field").asText()).isEqualTo("language");
        assertThat(served.post("/api/card", "{\"language\": \"en,es\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void cardsAreImposedOrOneAPage() throws Exception {
        HttpResponse<byte[]> imposed = served.post("/api/card",
                "{\"settings\": [\"floor\"], \"format\": \"a7\", \"duplex\": \"long-edge\", \"backOffset\": \"0.5,-1\"}");
        assertPdf(imposed);
        try (var doc = Pdfs.load(imposed.body())) {
            // The 4 floor moves take 5 A7 cards at the 8 pt floor (one continues), 4-up on A4:
            // two sheets, each a front and a back.
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(Pdfs.text(imposed.body())).contains("(continued)");
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
        }
        HttpResponse<byte[]> single = served.post("/api/card", "{\"moves\": [\"lying-twist\"], \"sheet\": \"none\"}");
        assertPdf(single);
        try (var doc = Pdfs.load(single.body())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getTrimBox().getWidth()).isCloseTo(105 * 72 / 25.4f, org.assertj.core.data.Offset.offset(0.1f));
        }
        assertThat(Pdfs.text(single.body())).contains("Lying twist");
    }

    @Test
    void sheetNamesThePatientAndPrintsTheDose() {
        HttpResponse<byte[]> response = served.post("/api/sheet", """
                {"patient": "Robin Quill", "clinician": "Dr Rivera", "date": "2026-11-25",
                 "moves": ["chair-twist: hold 20s, 3 times, 2 sets, both sides, twice a day", "palms-arch"],
                 "notes": "Walk every day."}""");
        assertPdf(response);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"take-home-sheet.pdf\"");
        String text = Pdfs.flat(Pdfs.text(response.body()));
        assertThat(text).contains("Robin Quill", "Dr Rivera", "Hold 20 seconds", "Walk every day.", "Standing palms arch");
    }

    @Test
    void previewGivesOnePngPerPage() throws Exception {
        JsonNode preview = json(served.post("/api/preview/handout?dpi=30", "{\"settings\": [\"floor\"]}"));
        byte[] pdf = served.post("/api/handout", "{\"settings\": [\"floor\"]}").body();
        int pages;
        try (var doc = Pdfs.load(pdf)) {
            pages = doc.getNumberOfPages();
        }
        assertThat(preview.path("pages").asInt()).isEqualTo(pages);
        assertThat(preview.path("images")).hasSize(pages);
        String first = preview.path("images").get(0).asText();
        assertThat(first).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(first.substring(first.indexOf(',') + 1))));
        // A4 at 30 dpi.
        assertThat(image.getWidth()).isEqualTo(248);
        assertError(served.post("/api/preview/handout?dpi=5000", "{}"), 400, "dpi", "dpi: '5000' is not a preview resolution");
    }

    @Test
    void badFieldsAre400NamingTheFieldInTheCliWords() throws Exception {
        assertError(served.post("/api/handout", "{\"paper\": \"b5\"}"), 400, "paper", "paper: unknown paper size 'b5'");
        assertError(served.post("/api/handout", "{\"settings\": [\"bed\"]}"), 400, "settings",
                "settings: unknown setting \"bed\"");
        assertError(served.post("/api/handout", "{\"papr\": \"a4\"}"), 400, "papr", "papr: unknown field");
        assertError(served.post("/api/handout", "{\"largePrint\": \"yes\"}"), 400, "largePrint", "expects true or false");
        assertError(served.post("/api/handout", "{\"settings\": \"chair\"}"), 400, "settings", "expects a list");
        assertError(served.post("/api/handout", "{\"settings\": ["), 400, null, "the body is not valid JSON");
        assertError(served.post("/api/handout", "[1]"), 400, null, "the body must be a JSON object");
        assertError(served.post("/api/handout", ""), 400, null, "the request has no body");
        assertError(served.post("/api/card", "{\"format\": \"a5\"}"), 400, "format", "unknown card format 'a5'");
        assertError(served.post("/api/card", "{\"duplex\": \"both\"}"), 400, "duplex", "unknown duplex mode 'both'");
        assertError(served.post("/api/card", "{\"sheet\": \"a3\"}"), 400, "sheet", "unknown sheet 'a3'");
        assertError(served.post("/api/card", "{\"backOffset\": \"3\"}"), 400, "backOffset", "bad back offset '3'");
        assertError(served.post("/api/handout", "{\"settings\": [\"floor\"], \"exclude\": "
                + "[\"floor-seated-twist\", \"foam-roller-roll\", \"lying-twist\", \"hug-curl-up\"]}"),
                400, null, "no move matches the selection");
        HttpResponse<byte[]> dose = served.post("/api/sheet", "{\"patient\": \"A B\", \"moves\": [\"chair-twist: hold 20\"]}");
        assertError(dose, 400, "moves", "moves: \"hold 20\": give the hold time in seconds");
        assertThat(json(dose).path("hint").asText()).isEqualTo("write e.g. \"hold 20s\", \"hold 10-20 seconds\" or \"hold 1 min\"");
        assertError(served.post("/api/sheet", "{\"moves\": [\"chair-twist\"]}"), 400, "patient", "patient");
        assertError(served.post("/api/sheet", "{\"patient\": \"A B\", \"moves\": [\"chair-twist\"], \"date\": \"25/11/2026\"}"),
                400, "date", "is not a date in the form yyyy-mm-dd");
        assertError(served.get("/api/nothing"), 404, null, "no such endpoint");
        // Hints name settings as this API's fields and jobs as its endpoints, never as CLI options.
        JsonNode id = json(served.post("/api/sheet", "{\"patient\": \"A B\", \"moves\": [\"Chair Twist\"]}"));
        assertThat(id.path("hint").asText()).contains("(see them with GET /api/moves)").doesNotContain("{", "movecard list");
        JsonNode none = json(served.post("/api/handout", "{\"settings\": [\"floor\"], \"exclude\": "
                + "[\"floor-seated-twist\", \"foam-roller-roll\", \"lying-twist\", \"hug-curl-up\"]}"));
        assertThat(none.path("hint").asText()).contains("\"exclude\" left out every move").doesNotContain("--");
    }

    @Test
    void cliOptionNamesBecomeFieldNames() {
        assertThat(WebServer.camelCase("large-print")).isEqualTo("largePrint");
        assertThat(WebServer.camelCase("back-offset")).isEqualTo("backOffset");
        assertThat(WebServer.camelCase("title")).isEqualTo("title");
    }

    @Test
    void theCliSaysTheSameWords() throws Exception {
        var err = new java.io.StringWriter();
        var cli = org.movecard.cli.Main.commandLine();
        cli.setErr(new java.io.PrintWriter(err));
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(cli.execute("handout", "--paper", "b5")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown paper size 'b5'; use a4 or letter");
        var api = served.post("/api/handout", "{\"paper\": \"b5\"}");
        assertThat(text(api)).contains("unknown paper size 'b5'", "use a4 or letter");
    }

    @Test
    void bodiesOverOneMebibyteAre413() throws Exception {
        String big = "{\"title\": \"" + "x".repeat(WebServer.MAX_BODY) + "\"}";
        assertError(served.post("/api/handout", big), 413, null, "larger than 1 MiB");
        // Without a length up front (chunked), the limit still holds.
        HttpRequest chunked = served.request("/api/handout").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        assertError(served.send(chunked), 413, null, "larger than 1 MiB");
    }

    @Test
    void requestsFromAnotherSiteAre403() throws Exception {
        HttpRequest foreign = served.request("/api/handout").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertError(served.send(foreign), 403, null, "requests from another site are refused");
        String own = served.uri("/").toString();
        HttpRequest same = served.request("/api/handout").header("Origin", own.substring(0, own.length() - 1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"moves\": [\"chair-twist\"]}")).build();
        assertPdf(served.send(same));
    }

    @Test
    void anotherHostNameIs403() throws Exception {
        // A page that renamed its own site to 127.0.0.1 (DNS rebinding) still sends its name as Host.
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/moves HTTP/1.1\r\nHost: rebind.example:" + served.server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("answers only to localhost");
        }
    }

    @Test
    void pageAndApiCarrySecurityHeaders() {
        HttpResponse<byte[]> page = served.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page)).contains("<script src=\"/app.js\" defer></script>").doesNotContain("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(served.get("/api/moves").headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void thePageLoadsNothingFromOtherSites() {
        for (String file : List.of("/", "/app.js", "/app.css")) {
            HttpResponse<byte[]> response = served.get(file);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(text(response)).as(file).doesNotContain("http://", "https://", "//cdn", "@import");
        }
    }

    @Test
    void fortyConcurrentHandoutsAreAllAnswered() {
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(served.client.sendAsync(served.request("/api/handout")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"settings\": [\"chair\"]}")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        byte[] first = answers.get(0).join().body();
        for (var answer : answers) {
            HttpResponse<byte[]> response = answer.join();
            assertPdf(response);
            // Same request, same bytes, whichever worker made it.
            assertThat(response.body()).isEqualTo(first);
        }
    }

    @Test
    void templatesRoundTripWithoutPatientData() throws Exception {
        String programme = "{\"document\": \"sheet\", \"moves\": [\"chair-twist: hold 20s, 3 times\", \"palms-arch\"], "
                + "\"paper\": \"letter\", \"largePrint\": true}";
        assertThat(served.put("/api/templates/Lower%20back%201", programme).statusCode()).isEqualTo(200);
        Path file = data.resolve("templates/Lower back 1.json");
        assertThat(file).exists();
        JsonNode back = json(served.get("/api/templates/Lower%20back%201"));
        assertThat(back.path("moves").toString()).isEqualTo("[\"chair-twist: hold 20s, 3 times\",\"palms-arch\"]");
        assertThat(back.path("paper").asText()).isEqualTo("letter");
        assertThat(back.path("largePrint").asBoolean()).isTrue();
        assertThat(json(served.get("/api/templates")).path("templates").toString()).contains("\"Lower back 1\"");
        // A handout template keeps its language and pages; both are checked as the handout would.
        assertThat(served.put("/api/templates/Desk%20pin-up", "{\"document\": \"handout\", \"moves\": [\"chair-twist\"], "
                + "\"language\": \"es\", \"pages\": 1}").statusCode()).isEqualTo(200);
        JsonNode pinUp = json(served.get("/api/templates/Desk%20pin-up"));
        assertThat(pinUp.path("language").asText()).isEqualTo("es");
        assertThat(pinUp.path("pages").asInt()).isEqualTo(1);
        assertError(served.put("/api/templates/x", "{\"document\": \"handout\", \"moves\": [\"chair-twist\"], "
                + "\"pages\": 0}"), 400, "pages", "pages: 0 is out of range");
        assertThat(served.put("/api/templates/x", "{\"document\": \"handout\", \"moves\": [\"chair-twist\"], "
                + "\"language\": \"xx\"}").statusCode()).isEqualTo(400);

        assertError(served.put("/api/templates/x", "{\"document\": \"sheet\", \"moves\": [\"chair-twist\"], "
                + "\"patient\": \"Robin Quill\"}"), 400, "patient", "a template holds no patient data");
        assertError(served.put("/api/templates/x", "{\"document\": \"sheet\", \"moves\": [\"chair-twist: 3\"]}"),
                400, "moves", "a number needs a unit");
        assertError(served.put("/api/templates/..%2F..%2Fescape", programme), 400, "name", "is not a template name");
        assertError(served.put("/api/templates/.hidden", programme), 400, "name", "is not a template name");
        assertThat(Files.exists(data.resolve("escape.json"))).isFalse();
        assertError(served.get("/api/templates/Nothing"), 404, "name", "no template named");
        Files.writeString(data.resolve("templates/Edited.json"), "{\"document\": \"sheet\", \"moves\": [\"chair-twist\"], "
                + "\"patient\": \"typed in by hand\"}");
        assertError(served.get("/api/templates/Edited"), 422, "name", "the saved template \"Edited\" is damaged");

        var delete = served.send(served.request("/api/templates/Lower%20back%201").DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(file).doesNotExist();
    }

    @Test
    void patientNamesAndNotesNeverReachTheServerOutput() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            String name = "Zebediah Quartermaine";
            String notes = "Tremendously private note";
            assertPdf(served.post("/api/sheet", "{\"patient\": \"" + name + "\", \"notes\": \"" + notes
                    + "\", \"moves\": [\"chair-twist; note: " + notes + " too\"]}"));
            assertThat(served.post("/api/sheet", "{\"patient\": \"" + name + "\", \"date\": \"" + name
                    + "\", \"moves\": [\"chair-twist\"]}").statusCode()).isEqualTo(400);
            assertThat(served.post("/api/sheet", "{\"patient\": \"" + name + "\", \"moves\": [\"chair-twist\"], "
                    + "\"notes\": \"" + notes + "\\u0007\"}").statusCode()).isEqualTo(400);
            assertThat(served.post("/api/preview/sheet", "{\"patient\": \"" + name + "\", \"moves\": [\"chair-twist\"]}")
                    .statusCode()).isEqualTo(200);
            assertThat(served.log.toString()).contains("POST /api/sheet 200", "POST /api/sheet 400")
                    .doesNotContain("Zebediah", "Quartermaine", "Tremendously");
            assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Zebediah", "Tremendously");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void workBeyondTheQueueIs503() throws Exception {
        try (Served small = new Served(Catalogues.bundled(), null, data.resolve("t6"), null, 1, 1)) {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            RenderPool pool = small.server.pool();
            // Once every figure is drawn, the background warm-up has nothing left to give the worker.
            for (JsonNode move : json(small.get("/api/moves"))) {
                assertThat(small.get(move.path("figure").asText()).statusCode()).isEqualTo(200);
            }
            CompletableFuture<Object> busy = CompletableFuture.supplyAsync(() -> pool.run(mc -> {
                started.countDown();
                try {
                    return release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Object> queued = CompletableFuture.supplyAsync(() -> pool.run(mc -> "queued"));
            while (pool.waiting() < 1) {
                Thread.onSpinWait();
            }
            assertError(small.post("/api/handout", "{}"), 503, null, "the server is busy");
            release.countDown();
            assertThat(busy.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(true);
            assertThat(queued.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("queued");
            assertPdf(small.post("/api/handout", "{\"moves\": [\"chair-twist\"]}"));
        }
    }

    @Test
    void cardPreviewShowsTheImposedSheets() throws Exception {
        JsonNode preview = json(served.post("/api/preview/card?dpi=20",
                "{\"settings\": [\"floor\"], \"duplex\": \"long-edge\"}"));
        assertThat(preview.path("pages").asInt()).isEqualTo(4);
        assertThat(preview.path("images")).hasSize(4);
    }

    @Test
    void aLongDocumentPreviewsItsFirstTwelvePages() throws Exception {
        String body = "{\"format\": \"a7\", \"sheet\": \"none\", \"duplex\": \"long-edge\"}";
        int pages;
        try (var doc = Pdfs.load(served.post("/api/card", body).body())) {
            pages = doc.getNumberOfPages();
        }
        JsonNode preview = json(served.post("/api/preview/card?dpi=20", body));
        assertThat(pages).isGreaterThan(Api.MAX_PREVIEW_PAGES);
        assertThat(preview.path("pages").asInt()).isEqualTo(pages);
        assertThat(preview.path("images")).hasSize(Api.MAX_PREVIEW_PAGES);
    }

    @Test
    void aServerWithoutClinicRefusesSheetsWith409() throws Exception {
        try (Served plain = new Served(Catalogues.bundled(), null, data.resolve("t2"), null, 1, 4)) {
            assertError(plain.post("/api/sheet", "{\"patient\": \"A B\", \"moves\": [\"chair-twist\"]}"), 409, null,
                    "no clinic profile");
            assertThat(json(plain.get("/api/config")).hasNonNull("clinic")).isFalse();
        }
    }

    @Test
    void contentThatCannotBeLaidOutIs422() throws Exception {
        try (Served long_ = new Served(Catalogues.resource("long-steps.json"), null, data.resolve("t3"), null, 1, 4)) {
            assertError(long_.post("/api/card", "{\"format\": \"wallet\"}"), 422, null,
                    "does not fit on an empty wallet card");
        }
    }

    @Test
    void withATokenEveryApiCallNeedsIt() throws Exception {
        String token = "a-long-test-token-0123456789";
        try (Served guarded = new Served(Catalogues.bundled(), ClinicReader.read(Served.CLINIC), data.resolve("t4"),
                token, 1, 4)) {
            assertError(guarded.get("/api/moves"), 401, null, "needs an access token");
            assertError(guarded.post("/api/handout", "{}"), 401, null, "needs an access token");
            var wrong = guarded.send(guarded.request("/api/moves").header("Authorization", "Bearer nope").GET().build());
            assertThat(wrong.statusCode()).isEqualTo(401);
            var right = guarded.send(guarded.request("/api/moves").header("Authorization", "Bearer " + token).GET().build());
            assertThat(right.statusCode()).isEqualTo(200);
            // The page itself loads, so it can ask for the token.
            assertThat(guarded.get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void offLoopbackTheServerStartsOnlyWithAToken() {
        assertThatThrownBy(() -> WebServer.start(new WebServer.Config("0.0.0.0", 0, Catalogues.bundled(), null,
                data.resolve("t5"), null, new java.io.PrintWriter(new java.io.StringWriter()))))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("reachable from other machines");
                    assertThat(e.hint()).contains(WebServer.TOKEN_VARIABLE);
                });
        assertThatThrownBy(() -> WebServer.start(new WebServer.Config("127.0.0.1", 0, Catalogues.bundled(), null,
                data.resolve("t5"), "short", new java.io.PrintWriter(new java.io.StringWriter()))))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.getMessage()).contains("shorter than 16"));
        try (WebServer open = WebServer.start(new WebServer.Config("0.0.0.0", 0, Catalogues.bundled(), null,
                data.resolve("t5"), "a-long-test-token-0123456789", new java.io.PrintWriter(new java.io.StringWriter())))) {
            assertThat(open.port()).isPositive();
        }
    }
}
