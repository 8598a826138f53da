package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.Movecard;
import org.movecard.web.WebServer;

/** {@code movecard serve} refuses to start where it must, with the CLI's error and exit code. */
class ServeCommandTest {
    @Test
    void anotherAddressWithoutATokenIsRefused() {
        Assumptions.assumeTrue(System.getenv(WebServer.TOKEN_VARIABLE) == null, "a token is set in this environment");
        CliTest.Run run = CliTest.run("serve", "--host", "0.0.0.0", "--port", "0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --host 0.0.0.0 is reachable from other machines, and no access token is set")
                .contains("hint: set " + WebServer.TOKEN_VARIABLE);
        assertThat(run.out()).doesNotContain("serving");
    }

    @Test
    void badPortAndClinicAreRefused() {
        CliTest.Run port = CliTest.run("serve", "--port", "70000");
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--port 70000 is not a port");
        CliTest.Run clinic = CliTest.run("serve", "--port", "0", "--clinic", "no/such/clinic.json");
        assertThat(clinic.code()).isEqualTo(2);
        assertThat(clinic.err()).startsWith("error: no/such/clinic.json");
    }

    @Test
    void aTakenPortIsRefused(@TempDir Path dir) {
        try (WebServer first = WebServer.start(new WebServer.Config("127.0.0.1", 0, Movecard.bundledCatalogue(), null,
                dir, null, new PrintWriter(new StringWriter())))) {
            CliTest.Run run = CliTest.run("serve", "--port", Integer.toString(first.port()), "--data", dir.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("error: cannot listen on 127.0.0.1:" + first.port())
                    .contains("hint: is another server using the port? choose another with --port N");
        }
    }

    @Test
    void helpNamesTheAddressAndTheTokenVariable() {
        CliTest.Run help = CliTest.run("serve", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--host", "--port", "--clinic", "--data", WebServer.TOKEN_VARIABLE,
                "http://127.0.0.1:8420/");
    }
}
