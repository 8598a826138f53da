package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.UserError;
import org.movecard.support.Pdfs;
import picocli.CommandLine;

/** Defaults from a config file: keys named like long options, per command or for all; the command line wins. */
class ConfigTest {
    @TempDir
    Path dir;

    private Config config(String text) throws Exception {
        return Config.read(Files.writeString(dir.resolve("config.properties"), text, StandardCharsets.UTF_8));
    }

    private static int run(Config config, String... args) {
        CommandLine cl = Main.commandLine(config);
        cl.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    private static float width(Path pdf) throws Exception {
        try (var doc = Pdfs.load(Files.readAllBytes(pdf))) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }

    @Test
    void aDefaultAppliesAndTheCommandLineWins() throws Exception {
        Config config = config("# the clinic prints on Letter\npaper = letter\n");
        run(config, "handout", "--setting", "chair", "-o", dir.resolve("letter.pdf").toString());
        assertThat(width(dir.resolve("letter.pdf"))).isEqualTo(612f);
        run(config, "handout", "--setting", "chair", "--paper", "a4", "-o", dir.resolve("a4.pdf").toString());
        assertThat(width(dir.resolve("a4.pdf"))).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.1f));
    }

    @Test
    void aKeyForOneCommandLeavesTheOthersAlone() throws Exception {
        Path out = dir.resolve("from-config.pdf");
        Config config = config("handout.output=" + out.toString().replace("\\", "\\\\") + "\nsheet.paper=letter\n");
        run(config, "handout", "--setting", "chair");
        assertThat(out).exists();
        assertThat(width(out)).isLessThan(600f);
    }

    @Test
    void theClinicProfileNeedNotBeRetyped() throws Exception {
        Config config = config("clinic=data/examples/clinic.json\n");
        Path sheet = dir.resolve("sheet.pdf");
        run(config, "sheet", "--patient", "A B", "--move", "chair-twist", "-o", sheet.toString());
        assertThat(Pdfs.text(Files.readAllBytes(sheet))).contains("Riverside Physiotherapy");
    }

    @Test
    void aMisspeltKeyIsAnErrorWithASuggestion() {
        UserError e = catchThrowableOfType(UserError.class, () -> config("papr=letter\n"));
        assertThat(e.getMessage()).endsWith("config.properties: \"papr\" cannot have a default");
        assertThat(e.hint()).isEqualTo("did you mean \"paper\"?");
    }

    @Test
    void patientDataHasNoKey() {
        UserError e = catchThrowableOfType(UserError.class, () -> config("sheet.patient=Alex Smith\n"));
        assertThat(e.getMessage()).contains("\"patient\" cannot have a default").doesNotContain("Alex");
    }

    @Test
    void anUnknownCommandPrefixIsAnError() {
        UserError e = catchThrowableOfType(UserError.class, () -> config("handot.paper=letter\n"));
        assertThat(e.getMessage()).contains("unknown command \"handot\"");
        assertThat(e.hint()).isEqualTo("did you mean \"handout\"?");
    }

    @Test
    void aMissingNamedFileIsAnError() {
        UserError e = catchThrowableOfType(UserError.class, () -> Config.read(dir.resolve("none.properties")));
        assertThat(e.getMessage()).endsWith("none.properties: config file not found");
    }
}
