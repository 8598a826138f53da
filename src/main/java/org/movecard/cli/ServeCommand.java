package org.movecard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.movecard.catalogue.Clinic;
import org.movecard.catalogue.ClinicReader;
import org.movecard.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code movecard serve}: the web page and the HTTP API, until stopped. */
@Command(name = "serve", header = "A web page (and an HTTP API) for making handouts, cards and sheets in a browser.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Serves a page where you pick moves into a programme, set doses, choose the document,",
            "see a preview and download the PDF; and the HTTP API it uses (docs/api.md).",
            "Listens on 127.0.0.1 only, unless --host says otherwise; then " + WebServer.TOKEN_VARIABLE,
            "must hold an access token that every API call sends. Stop it with Ctrl+C.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  movecard serve --clinic data/examples/clinic.json",
            "      then open http://127.0.0.1:8420/ in a browser",
            "  movecard serve --port 9000 --data ~/clinic-templates",
        })
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8420",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin
    CatalogueOption catalogueFile;

    @Option(names = "--clinic", paramLabel = "FILE",
            description = "Clinic profile JSON for take-home sheets (docs/clinic.md); without it the page makes "
                    + "handouts and cards only.")
    Path clinic;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for saved templates (default: ~/.movecard/templates).")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + " is not a port; use 0 to 65535");
        }
        Clinic profile = clinic == null ? null : ClinicReader.read(clinic);
        PrintWriter out = spec.commandLine().getOut();
        Path folder = data != null ? data : Path.of(System.getProperty("user.home"), ".movecard", "templates");
        String token = System.getenv(WebServer.TOKEN_VARIABLE);
        WebServer server = WebServer.start(new WebServer.Config(host, port, catalogueFile.load(), profile, folder,
                token == null || token.isBlank() ? null : token.strip(), out).withCatalogueFile(catalogueFile.file));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "movecard-serve-stop"));
        out.println("movecard is serving " + server.address() + " (templates in " + folder.toAbsolutePath()
                + (profile == null ? "; no --clinic, so no take-home sheets" : "") + "); Ctrl+C stops it");
        out.flush();
        stopped.await();
        return 0;
    }
}
