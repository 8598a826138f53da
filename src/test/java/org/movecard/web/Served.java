package org.movecard.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Clinic;
import org.movecard.catalogue.ClinicReader;
import org.movecard.support.Catalogues;

/** A real server on a free port of 127.0.0.1, its captured output, and an HTTP client for it. */
final class Served implements AutoCloseable {
    static final Path CLINIC = Path.of("data/examples/clinic.json");

    final StringWriter log = new StringWriter();
    final WebServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Served(Catalogue catalogue, Clinic clinic, Path data, String token, int workers, int queue) {
        server = WebServer.start(new WebServer.Config("127.0.0.1", 0, catalogue, clinic, data, token,
                new PrintWriter(log, true), workers, queue));
    }

    /** The bundled catalogue and the example clinic, with templates in {@code data}. */
    static Served standard(Path data) {
        return new Served(Catalogues.bundled(), ClinicReader.read(CLINIC), data, null, 2, 64);
    }

    URI uri(String path) {
        return URI.create(server.address()).resolve(path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<byte[]> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<byte[]> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Override
    public void close() {
        server.close();
    }
}
