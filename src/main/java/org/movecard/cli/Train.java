package org.movecard.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A quiet run through every command, used by the launcher to record which classes to put in its
 * class-data archive (so later runs of any command start faster): a handout, cards, a sheet with a
 * logo, a batch of sheets, a preview, a check, a list and a misspelt command. Writes only into the
 * folder it is given, with a made-up clinic and made-up patients.
 */
public final class Train {
    private static final String CLINIC = """
            {
              "name": "Training Clinic",
              "address": ["1 Example Road"],
              "phone": "01632 960 000",
              "web": "clinic.example",
              "logo": "logo.png",
              "callUsIf": ["the pain gets worse"]
            }
            """;
    private static final String PATIENTS = """
            patient,date,clinician,moves,notes
            Patient One,2026-01-02,Dr Example,"chair-twist: hold 20s, 3x10, twice a day; note: slowly | palms-arch",Walk.
            Patient Two,2026-01-02,,lying-twist: hold 1 min,
            """;

    private Train() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(Path.of(args[0])) == 0 ? 0 : 1);
    }

    /** Runs every command into {@code dir}; returns how many did not end as expected (0 when all did). */
    static int run(Path dir) throws IOException {
        Path clinic = writeClinic(dir);
        Path csv = Files.writeString(dir.resolve("patients.csv"), PATIENTS, StandardCharsets.UTF_8);
        String card = dir.resolve("card.pdf").toString();
        String[][] runs = {
            {"handout", "-o", dir.resolve("handout.pdf").toString()},
            {"handout", "--large-print", "--setting", "chair", "-o", dir.resolve("large.pdf").toString()},
            {"card", "--setting", "floor", "--duplex", "long-edge", "-o", card},
            {"sheet", "--clinic", clinic.toString(), "--patient", "Patient Zero", "--date", "2026-01-02",
                "--move", "chair-twist: hold 20s, 2 sets of 10, each side; note: slowly", "-o",
                dir.resolve("sheet.pdf").toString()},
            {"sheets", "--clinic", clinic.toString(), "--csv", csv.toString(), "--out-dir",
                dir.resolve("sheets").toString(), "--combined", dir.resolve("all.pdf").toString()},
            {"preview", card, "--dpi", "30", "--out-dir", dir.resolve("previews").toString()},
            {"check"},
            {"list"},
            {"list", "--json"},
        };
        int failures = 0;
        for (String[] run : runs) {
            failures += execute(run) == 0 ? 0 : 1;
        }
        // The error paths too: a misspelt command is a common first run, and no bundled move fits
        // whole on a wallet card (exit 5, after the whole fit ladder).
        failures += execute("handot") == 2 ? 0 : 1;
        failures += execute("card", "--format", "wallet", "--sheet", "none", "-o",
                dir.resolve("wallet.pdf").toString()) == 5 ? 0 : 1;
        return failures;
    }

    private static int execute(String... run) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(run);
    }

    private static Path writeClinic(Path dir) throws IOException {
        BufferedImage logo = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < logo.getWidth(); x++) {
            for (int y = 0; y < logo.getHeight(); y++) {
                logo.setRGB(x, y, (x * 6) << 16 | (y * 12) << 8 | 0x80);
            }
        }
        if (!ImageIO.write(logo, "png", dir.resolve("logo.png").toFile())) {
            throw new UncheckedIOException(new IOException("no PNG writer"));
        }
        return Files.writeString(dir.resolve("clinic.json"), CLINIC, StandardCharsets.UTF_8);
    }
}
