package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.movecard.cli.CliTest.run;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to the bundled catalogue, the example clinic profile and the example CSV,
 * run through the real command line. Every run must end in success or a user error (exit 0, 2, 3
 * or 5), never a bug (4), a stack trace or Jackson's own wording, and a failed run must leave the
 * earlier output file as it was. A failing case is saved under target/fuzz/ with its seed.
 * About five seconds.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard, not a speed check: the three take seconds
class FuzzTest {
    /** {@code -Dmovecard.fuzzSeed=N -Dmovecard.fuzzScale=10} searches further than CI does. */
    private static final long SEED = Long.getLong("movecard.fuzzSeed", 20261203L);
    private static final int SCALE = Integer.getInteger("movecard.fuzzScale", 1);
    private static final Set<Integer> USER_OUTCOMES = Set.of(0, 2, 3, 5);
    /** What a mutation may insert: JSON structure, odd numbers, escapes of characters that are refused or dropped. */
    private static final List<String> PIECES = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "0",
            "1e999", "0.5", "99999999999999999999999", "\\u0000", "\\u001b[2J", "\\ud800", "\\u00ad", "\\u200b", "\\t",
            "\\n", "\"x\"", "\"\"", "[]", "{}", "é", "😀", "\u001b", "\u0007", "\u202e", ";", "|", "\n", "\r\n",
            "chair-twist", "floor", "lower", "hold 20s, 3 times", "w".repeat(3000), "https://example.org/v",
            "1".repeat(1200));
    private static final byte[] EARLIER = "%PDF-1.7 an earlier file that a failed run must not touch\n"
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** Outcomes seen by one test: a fuzz run that only ever fails to parse would test little. */
    private int succeeded;
    private int refused;

    @AfterEach
    void bothOutcomesWereSeen() {
        assertThat(succeeded).as("runs that succeeded").isPositive();
        assertThat(refused).as("runs that were refused").isPositive();
    }

    @Test
    void damagedCataloguesEndInSuccessOrAUserError() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("data/back-moves.json"));
        Random random = new Random(SEED);
        Path input = dir.resolve("catalogue.json");
        for (int i = 0; i < 120 * SCALE; i++) {
            byte[] mutated = mutate(original, random);
            Files.write(input, mutated);
            // Alternate the commands that read a catalogue in full and lay it out.
            String[] args = switch (i % 3) {
                case 0 -> new String[] {"handout", "-c", input.toString(), "--no-figures"};
                case 1 -> new String[] {"card", "-c", input.toString(), "--setting", "floor"};
                default -> new String[] {"handout", "-c", input.toString(), "--one-column", "--region", "lower"};
            };
            runAndCheck("catalogue", i, mutated, args);
        }
    }

    @Test
    void damagedClinicProfilesEndInSuccessOrAUserError() throws Exception {
        String original = Files.readString(Path.of("data/examples/clinic.json"))
                .replace("\"clinic-logo.png\"", "\"" + Path.of("data/examples/clinic-logo.png").toAbsolutePath() + "\"");
        Random random = new Random(SEED + 1);
        Path input = dir.resolve("clinic.json");
        for (int i = 0; i < 60 * SCALE; i++) {
            byte[] mutated = mutate(original.getBytes(StandardCharsets.UTF_8), random);
            Files.write(input, mutated);
            runAndCheck("clinic", i, mutated, "sheet", "--clinic", input.toString(), "--patient", "Ann Example",
                    "--move", "chair-twist: hold 20s, 3 times");
        }
    }

    @Test
    void damagedPatientCsvsEndInSuccessOrAUserError() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("data/examples/patients.csv"));
        Random random = new Random(SEED + 2);
        Path input = dir.resolve("patients.csv");
        for (int i = 0; i < 40 * SCALE; i++) {
            byte[] mutated = mutate(original, random);
            Files.write(input, mutated);
            runAndCheck("csv", i, mutated, "sheets", "--clinic", "data/examples/clinic.json", "--csv", input.toString(),
                    "--out-dir", dir.resolve("sheets").toString(), "--skip-invalid", "--jobs", "1", "--combined");
        }
    }

    /** Runs {@code args} writing to an output that holds an earlier file, and checks the outcome. */
    private void runAndCheck(String kind, int iteration, byte[] input, String... args) throws Exception {
        Path output = dir.resolve("earlier.pdf");
        Files.write(output, EARLIER);
        String[] all = java.util.Arrays.copyOf(args, args.length + (args[args.length - 1].equals("--combined") ? 1 : 2));
        if (args[args.length - 1].equals("--combined")) {
            all[args.length] = output.toString();
        } else {
            all[args.length] = "-o";
            all[args.length + 1] = output.toString();
        }
        CliTest.Run run = run(all);
        String why = kind + " mutation " + iteration + " (seed " + SEED + "), input saved as " + save(kind, iteration, input)
                + "\n" + run.err();
        assertThat(USER_OUTCOMES).as(why).contains(run.code());
        assertThat(run.err()).as(why).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error")
                .doesNotContain("StreamReadConstraints").doesNotContain("com.fasterxml").doesNotContain("Source:")
                .doesNotContain("reference chain").doesNotContain("' (code ").doesNotContain("JsonReadFeature")
                .doesNotContain("\u001b").doesNotContain("\u0007");
        if (run.code() == 0) {
            assertThat(Files.readAllBytes(output)).as(why).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII))
                    .isNotEqualTo(EARLIER);
            succeeded++;
        } else {
            refused++;
            assertThat(run.err()).as(why).contains("error: ");
            assertThat(Files.readAllBytes(output)).as(why).isEqualTo(EARLIER);
        }
    }

    private static Path save(String kind, int iteration, byte[] input) throws Exception {
        Path file = Path.of("target", "fuzz", kind + "-" + iteration + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, input);
        return file;
    }

    /** One to three edits: delete, insert, duplicate or swap a span, cut the end, or add a bad byte. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length + 1);
            int span = Math.min(bytes.length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 4096);
            switch (random.nextInt(7)) {
                case 0 -> { // delete
                    out.write(bytes, 0, at);
                    out.write(bytes, at + span, bytes.length - at - span);
                }
                case 1, 2 -> { // insert a piece
                    out.write(bytes, 0, at);
                    out.writeBytes(PIECES.get(random.nextInt(PIECES.size())).getBytes(StandardCharsets.UTF_8));
                    out.write(bytes, at, bytes.length - at);
                }
                case 3 -> { // duplicate
                    out.write(bytes, 0, at + span);
                    out.write(bytes, at, bytes.length - at);
                }
                case 4 -> { // swap a span with the byte after it
                    out.write(bytes, 0, at);
                    if (at + span < bytes.length) {
                        out.write(bytes[at + span]);
                        out.write(bytes, at, span);
                        out.write(bytes, at + span + 1, bytes.length - at - span - 1);
                    } else {
                        out.write(bytes, at, bytes.length - at);
                    }
                }
                case 5 -> out.write(bytes, 0, at); // cut
                default -> { // a byte that is not UTF-8, or a stray BOM
                    out.write(bytes, 0, at);
                    out.writeBytes(random.nextBoolean() ? new byte[] {(byte) 0xFF} : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    out.write(bytes, at, bytes.length - at);
                }
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }
}
