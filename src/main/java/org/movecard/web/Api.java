package org.movecard.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.movecard.Movecard;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Move;
import org.movecard.press.Duplex;
import org.movecard.layout.CardFormat;

/**
 * The handlers: each reads its request, calls the facade on a render worker and writes the answer.
 * Endpoints and fields are documented in docs/api.md.
 */
final class Api {
    static final int FIGURE_PIXELS = 192;
    static final int DEFAULT_PREVIEW_DPI = 50;
    static final int MAX_PREVIEW_DPI = 150;
    static final int MAX_PREVIEW_PAGES = 12;
    private static final Set<String> PATIENT_FIELDS = Set.of("patient", "clinician", "date", "notes");

    private final WebServer.Config config;
    private final RenderPool pool;
    private final Templates templates;
    private final Documents documents;
    private final Catalogue catalogue;
    /** Figures are catalogue data, never a patient's: safe to keep. */
    private final Map<String, byte[]> figures = new ConcurrentHashMap<>();

    Api(WebServer.Config config, RenderPool pool, Templates templates) {
        this.config = config;
        this.pool = pool;
        this.templates = templates;
        this.catalogue = config.catalogue();
        this.documents = new Documents(catalogue, config.catalogueFile(), config.clinic());
    }

    void routes(Javalin app) {
        app.get("/api/config", this::configuration);
        app.get("/api/moves", this::moves);
        app.get("/figures/{file}", this::figure);
        app.post("/api/handout", ctx -> pdf(ctx, Requests.Handout.class, documents::handout));
        app.post("/api/card", ctx -> pdf(ctx, Requests.Card.class, documents::card));
        app.post("/api/sheet", ctx -> pdf(ctx, Requests.Sheet.class, documents::sheet));
        app.post("/api/preview/handout", ctx -> preview(ctx, Requests.Handout.class, documents::handout));
        app.post("/api/preview/card", ctx -> preview(ctx, Requests.Card.class, documents::card));
        app.post("/api/preview/sheet", ctx -> preview(ctx, Requests.Sheet.class, documents::sheet));
        app.get("/api/templates", this::listTemplates);
        app.get("/api/templates/{name}", ctx -> WebServer.json(ctx, 200, templates.read(ctx.pathParam("name"))));
        app.put("/api/templates/{name}", this::saveTemplate);
        app.delete("/api/templates/{name}", ctx -> {
            templates.delete(ctx.pathParam("name"));
            ctx.status(204);
        });
    }

    private void configuration(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("catalogue", catalogue.title());
        body.put("settings", catalogue.settings().stream().map(s -> Map.of("id", s.id(), "label", s.label())).toList());
        body.put("regions", catalogue.regions().stream().map(r -> Map.of("id", r.id(), "label", r.label())).toList());
        body.put("clinic", config.clinic() == null ? null : config.clinic().name());
        body.put("papers", List.of("a4", "letter"));
        body.put("formats", CardFormat.ALL.stream().map(CardFormat::name).toList());
        body.put("duplex", List.of(Duplex.values()).stream().map(Duplex::label).toList());
        body.put("templateFolder", templates.dir().toString());
        WebServer.json(ctx, 200, body);
    }

    private void moves(Context ctx) {
        List<Map<String, Object>> moves = new ArrayList<>();
        for (Move move : catalogue.moves()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", move.id());
            m.put("name", move.name());
            m.put("setting", move.setting());
            m.put("regions", move.regions());
            m.put("steps", move.steps());
            m.put("feel", move.feel());
            m.put("equipment", move.equipment());
            m.put("dose", move.dose() == null ? null : move.dose().text());
            m.put("video", move.video());
            m.put("figure", move.figure() == null ? null : "/figures/" + move.id() + ".png");
            m.put("figureAlt", move.figure() == null ? null : move.figure().alt());
            moves.add(m);
        }
        WebServer.json(ctx, 200, moves);
    }

    /**
     * Draws every figure in the background, so the page's first visit does not wait for them (and
     * the render workers' code is warm for the first document).
     */
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                catalogue.moves().stream().filter(m -> m.figure() != null).forEach(this::figurePng);
            } catch (RuntimeException ignored) {
                // Only a head start: a request for the figure draws it again and reports any problem.
            }
        }, "movecard-figures");
        thread.setDaemon(true);
        thread.start();
    }

    private byte[] figurePng(Move move) {
        return figures.computeIfAbsent(move.id(), key -> pool.run(mc -> mc.figurePng(move, FIGURE_PIXELS)));
    }

    private void figure(Context ctx) {
        String file = ctx.pathParam("file");
        String id = file.endsWith(".png") ? file.substring(0, file.length() - ".png".length()) : "";
        Move move = catalogue.move(id).filter(m -> m.figure() != null)
                .orElseThrow(() -> new ApiError(ApiError.NOT_FOUND, null, "no figure named \"" + file + "\"",
                        "figure addresses are listed by GET /api/moves"));
        byte[] png = figurePng(move);
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType("image/png").result(png);
    }

    private <R> void pdf(Context ctx, Class<R> type, BiFunction<Movecard, R, Documents.Made> make) {
        R request = Json.read(WebServer.body(ctx), type);
        Documents.Made made = pool.run(mc -> make.apply(mc, request));
        ctx.header("Content-Disposition", "attachment; filename=\"" + made.fileName() + "\"");
        ctx.header("X-Pages", Integer.toString(made.pages()));
        ctx.contentType("application/pdf").result(made.pdf());
    }

    private <R> void preview(Context ctx, Class<R> type, BiFunction<Movecard, R, Documents.Made> make) {
        int dpi = dpi(ctx.queryParam("dpi"));
        R request = Json.read(WebServer.body(ctx), type);
        Map<String, Object> body = pool.run(mc -> {
            Documents.Made made = make.apply(mc, request);
            List<byte[]> pages = Movecard.previews(made.pdf(), dpi, MAX_PREVIEW_PAGES);
            Base64.Encoder base64 = Base64.getEncoder();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("pages", made.pages());
            out.put("images", pages.stream().map(png -> "data:image/png;base64," + base64.encodeToString(png)).toList());
            return out;
        });
        WebServer.json(ctx, 200, body);
    }

    private static int dpi(String value) {
        if (value == null) {
            return DEFAULT_PREVIEW_DPI;
        }
        try {
            int dpi = Integer.parseInt(value);
            if (dpi >= 20 && dpi <= MAX_PREVIEW_DPI) {
                return dpi;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw ApiError.field("dpi", "'" + value + "' is not a preview resolution",
                "give a whole number from 20 to " + MAX_PREVIEW_DPI + " (50 suits a screen)");
    }

    private void listTemplates(Context ctx) {
        WebServer.json(ctx, 200, Map.of("folder", templates.dir().toString(), "templates", templates.names()));
    }

    private void saveTemplate(Context ctx) {
        String name = ctx.pathParam("name");
        templates.requireName(name);
        Requests.Template template;
        try {
            template = Json.read(WebServer.body(ctx), Requests.Template.class);
        } catch (ApiError e) {
            if (e.field() != null && PATIENT_FIELDS.contains(e.field())) {
                throw ApiError.field(e.field(), "a template holds no patient data",
                        "leave out patient, clinician, date and notes; they are given for each sheet");
            }
            throw e;
        }
        documents.check(template);
        templates.write(name, template);
        WebServer.json(ctx, 200, Map.of("saved", name));
    }
}
