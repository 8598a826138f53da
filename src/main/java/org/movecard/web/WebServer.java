package org.movecard.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.InputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;

/**
 * {@code movecard serve}: the page and the HTTP API (docs/api.md) on an embedded Jetty, via Javalin.
 * Handlers are thin ({@link Api}); this class wires them up with the rules every request obeys:
 * bodies of at most 1 MiB, no requests from other sites, an access token off loopback, security
 * headers, one exception mapper, and a request log of method, path, status and time only.
 */
public final class WebServer implements AutoCloseable {
    /** The largest request body accepted (413 beyond). */
    public static final int MAX_BODY = 1 << 20;
    /** The environment variable holding the access token. */
    public static final String TOKEN_VARIABLE = "MOVECARD_TOKEN";
    static final int MIN_TOKEN_LENGTH = 16;

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    /**
     * What to serve: {@code clinic} null means no take-home sheets; {@code data} is the templates
     * folder; {@code token} null means none (allowed on loopback only); {@code log} gets one line a
     * request and internal errors, never a body.
     */
    public record Config(String host, int port, Catalogue catalogue, Clinic clinic, Path data, String token,
                         PrintWriter log, int workers, int queue, Path catalogueFile) {
        public Config {
            if (workers < 1 || queue < 1) {
                throw new IllegalArgumentException("workers and queue must be positive");
            }
        }

        /** {@code catalogueFile} null: the catalogue is the bundled one (its translations answer "language"). */
        public Config(String host, int port, Catalogue catalogue, Clinic clinic, Path data, String token,
                      PrintWriter log, int workers, int queue) {
            this(host, port, catalogue, clinic, data, token, log, workers, queue, null);
        }

        /** The same, serving a catalogue read from {@code file}, beside which its translations are found. */
        public Config withCatalogueFile(Path file) {
            return new Config(host, port, catalogue, clinic, data, token, log, workers, queue, file);
        }

        /** Defaults for the rest: one render worker per core and room for 64 waiting documents. */
        public Config(String host, int port, Catalogue catalogue, Clinic clinic, Path data, String token,
                      PrintWriter log) {
            this(host, port, catalogue, clinic, data, token, log, Runtime.getRuntime().availableProcessors(), 64);
        }
    }

    private final Config config;
    private final Javalin app;
    private final RenderPool pool;
    private final boolean loopback;
    private final Api api;

    private WebServer(Config config, boolean loopback) {
        this.config = config;
        this.loopback = loopback;
        this.pool = new RenderPool(config.workers(), config.queue());
        this.api = new Api(config, pool, new Templates(config.data()));
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = MAX_BODY;
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/movecard/web/page";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            c.requestLogger.http(this::logRequest);
        });
        app.before(this::guard);
        api.routes(app);
        app.exception(Exception.class, this::mapException);
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !"application/json".equals(ctx.res().getContentType())) {
                json(ctx, 404, error(null, "no such endpoint: " + ctx.method() + " " + ctx.path(), "see docs/api.md"));
            }
        });
    }

    /**
     * Starts serving; fails with a {@link UserError} when the address is not loopback and no token
     * is set, when the token is too short, or when the port is taken.
     */
    public static WebServer start(Config config) {
        boolean loopback = isLoopback(config.host());
        if (config.token() != null && config.token().length() < MIN_TOKEN_LENGTH) {
            throw new UserError(ExitCode.INVALID_INPUT, TOKEN_VARIABLE + " is shorter than " + MIN_TOKEN_LENGTH
                    + " characters", "use a long random token, e.g. from: openssl rand -hex 24");
        }
        if (!loopback && config.token() == null) {
            throw new UserError(ExitCode.INVALID_INPUT, Hint.option("host", config.host())
                    + " is reachable from other machines, and no access token is set",
                    "set " + TOKEN_VARIABLE + " to a long random token (every API call must then send it as "
                            + "'Authorization: Bearer TOKEN'), or serve on 127.0.0.1");
        }
        WebServer server = new WebServer(config, loopback);
        try {
            server.app.start(config.host(), config.port());
        } catch (JavalinBindException e) {
            server.close();
            throw new UserError(ExitCode.INVALID_INPUT, "cannot listen on " + config.host() + ":" + config.port()
                    + " (" + e.getMessage().replaceAll("\\s+", " ") + ")",
                    "is another server using the port? choose another with " + Hint.option("port", "N"), e);
        }
        server.api.warmUp();
        return server;
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser, e.g. http://127.0.0.1:8420/. */
    public String address() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The render workers, for tests that must fill them. */
    RenderPool pool() {
        return pool;
    }

    @Override
    public void close() {
        app.stop();
        pool.close();
    }

    private static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new UserError(ExitCode.INVALID_INPUT, "unknown host \"" + host + "\"",
                    "give an address of this machine, e.g. " + Hint.option("host", "127.0.0.1"), e);
        }
    }

    /** The rules for every request, before any handler runs. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        String hostHeader = ctx.host() == null ? "" : ctx.host().toLowerCase(Locale.ROOT);
        if (loopback && !LOOPBACK_NAMES.contains(hostName(hostHeader))) {
            // A page on another site that renamed itself to 127.0.0.1 (DNS rebinding) sends its own name.
            throw new ApiError(ApiError.FORBIDDEN, null, "this server answers only to localhost and 127.0.0.1",
                    "open " + address());
        }
        String origin = ctx.header("Origin");
        boolean foreignOrigin = origin != null && !origin.equalsIgnoreCase(ctx.scheme() + "://" + hostHeader);
        if (foreignOrigin || "cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
            throw new ApiError(ApiError.FORBIDDEN, null, "requests from another site are refused",
                    "use this server's own page, or call the API from a program (which sends no Origin header)");
        }
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
            if (config.token() != null && !tokenMatches(ctx.header("Authorization"))) {
                throw new ApiError(ApiError.UNAUTHORIZED, null, "this server needs an access token",
                        "send the header 'Authorization: Bearer TOKEN' with the token set in " + TOKEN_VARIABLE);
            }
        }
    }

    private static String hostName(String hostHeader) {
        if (hostHeader.startsWith("[")) {
            int end = hostHeader.indexOf(']');
            return end < 0 ? hostHeader : hostHeader.substring(0, end + 1);
        }
        int colon = hostHeader.indexOf(':');
        return colon < 0 ? hostHeader : hostHeader.substring(0, colon);
    }

    private boolean tokenMatches(String authorization) {
        String prefix = "Bearer ";
        if (authorization == null || !authorization.startsWith(prefix)) {
            return false;
        }
        byte[] given = authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8));
    }

    /** The one exception mapper: every problem becomes a status and {"error", "hint", "field"}. */
    private void mapException(Exception e, Context ctx) {
        if (e instanceof ApiError a) {
            json(ctx, a.status(), error(a.field(), a.getMessage(), a.hint()));
        } else if (e instanceof UserError u) {
            int status = switch (u.exitCode()) {
                case INVALID_INPUT -> ApiError.BAD_REQUEST;
                case DOES_NOT_FIT -> ApiError.UNPROCESSABLE;
                default -> 500;
            };
            if (u.exitCode() == ExitCode.INTERNAL) {
                logInternal(ctx, u);
            }
            json(ctx, status, error(null, u.getMessage(), u.hint()));
        } else if (e instanceof HttpResponseException h) {
            String message = h.getStatus() == ApiError.TOO_LARGE
                    ? "the request body is larger than 1 MiB" : h.getMessage().toLowerCase(Locale.ROOT);
            json(ctx, h.getStatus(), error(null, message, "see docs/api.md"));
        } else {
            logInternal(ctx, e);
            json(ctx, 500, error(null, "internal error (" + e.getClass().getSimpleName() + "); this is a bug in movecard",
                    "the server's output has the details; please report them"));
        }
    }

    /** Settings named in hints are the JSON fields of the same name; jobs are endpoints. */
    static final Hint.Wording WORDING = new Hint.Wording() {
        @Override
        public String option(String name, String value) {
            String field = "\"" + camelCase(name) + "\"";
            return value == null ? field : field + ": \"" + value + "\"";
        }

        @Override
        public String command(String name) {
            return switch (name) {
                case "list" -> "GET /api/moves";
                case "handout", "card", "sheet" -> "POST /api/" + name;
                default -> "movecard " + name;
            };
        }
    };

    /** "large-print" → "largePrint": a CLI option's name as the API's field. */
    static String camelCase(String option) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : option.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static Map<String, String> error(String field, String message, String hint) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", Hint.words(message, WORDING));
        if (hint != null) {
            body.put("hint", Hint.words(hint, WORDING));
        }
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    /** Reads the body, at most {@link #MAX_BODY} bytes (413 beyond, whatever Content-Length says). */
    static byte[] body(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiError(ApiError.BAD_REQUEST, null, "the request body could not be read", null);
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(ApiError.TOO_LARGE, null, "the request body is larger than 1 MiB",
                "send less: a document request is a few hundred bytes");
    }

    /** Method, path (never the query or body), status and milliseconds. */
    private void logRequest(Context ctx, Float ms) {
        synchronized (config.log()) {
            config.log().printf(Locale.ROOT, "%s %s %d %.0f ms%n", ctx.method(), ctx.path(), ctx.statusCode(), ms);
            config.log().flush();
        }
    }

    /**
     * A bug: its class and stack frames, but not its message, which may quote a request's text
     * (a patient's name) and must not reach the server's output.
     */
    private void logInternal(Context ctx, Throwable e) {
        synchronized (config.log()) {
            PrintWriter log = config.log();
            log.println("internal error in " + ctx.method() + " " + ctx.path() + ":");
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                log.println("  " + t.getClass().getName());
                for (StackTraceElement frame : t.getStackTrace()) {
                    log.println("    at " + frame);
                }
            }
            log.flush();
        }
    }
}
