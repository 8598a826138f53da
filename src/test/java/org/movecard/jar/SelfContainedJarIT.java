package org.movecard.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.support.Pdfs;

/**
 * The packaged jar, copied away from the build, runs alone with {@code java -jar}; the launcher
 * runs through a symlink. Runs after {@code package} (the integration-test phase of {@code verify}).
 */
class SelfContainedJarIT {
    private static final Path JAR = Path.of("target", "movecard.jar");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(Path cwd, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Path copiedJar() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        return Files.copy(JAR, elsewhere.resolve("movecard.jar"));
    }

    @Test
    void copiedJarWritesAHandout() throws Exception {
        Path jar = copiedJar();
        Result r = run(jar.getParent(), java(), "-jar", jar.toString(), "handout", "--setting", "chair");
        assertThat(r.code()).as(r.err()).isZero();
        Path pdf = jar.getParent().resolve("output/handout.pdf");
        String text = Pdfs.text(Files.readAllBytes(pdf));
        assertThat(text).contains("Chair twist").contains("SAFETY");
        assertThat(r.err()).doesNotContain("WARNING");
    }

    /** The build writes a man page per command from the same model as --help; the jar does not carry the generator. */
    @Test
    void theBuildWritesAManPageForEveryCommand() throws Exception {
        for (String command : List.of("handout", "card", "sheet", "sheets", "preview", "list", "check", "serve")) {
            Path page = Path.of("target", "man", "movecard-" + command + ".adoc");
            assertThat(page).exists();
            assertThat(Files.readString(page)).contains("= movecard-" + command + "(1)").contains("*--verbose*");
        }
        assertThat(Files.readString(Path.of("target", "man", "movecard-handout.adoc"))).contains("*--pages*=_N_");
        try (var jar = new java.util.jar.JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("picocli/codegen/docgen/manpage/ManPageGenerator.class")).isNull();
        }
    }

    @Test
    void dashWritesThePdfAloneToStandardOutput() throws Exception {
        Path jar = copiedJar();
        Path out = dir.resolve("piped.pdf");
        Process p = new ProcessBuilder(java(), "-jar", jar.toString(), "handout", "--setting", "chair", "-o", "-")
                .directory(jar.getParent().toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).startsWith("wrote the PDF to standard output (2 moves");
        byte[] pdf = Files.readAllBytes(out);
        assertThat(Pdfs.text(pdf)).contains("Chair twist");
        assertThat(jar.getParent().resolve("-")).doesNotExist();
        assertThat(jar.getParent().resolve("output")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAPdfGetsMovecardsErrorOnly() throws Exception {
        Path jar = copiedJar();
        Path text = Files.writeString(dir.resolve("notes.pdf"), "just some text\n", StandardCharsets.UTF_8);
        Result r = run(jar.getParent(), java(), "-jar", jar.toString(), "preview", text.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).matches("(error|hint): .*"));
        assertThat(r.err()).contains("not a readable PDF").doesNotContain("WARNING");
    }

    @Test
    void copiedJarKnowsItsVersion() throws Exception {
        Path jar = copiedJar();
        Result r = run(jar.getParent(), java(), "-jar", jar.toString(), "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("movecard " + System.getProperty("movecard.version"));
    }

    @Test
    void copiedJarReadsACsvAndWritesSheets() throws Exception {
        Path jar = copiedJar();
        Path examples = Path.of("data", "examples").toAbsolutePath();
        Result r = run(jar.getParent(), java(), "-jar", jar.toString(), "sheets",
                "--clinic", examples.resolve("clinic.json").toString(),
                "--csv", examples.resolve("patients.csv").toString(), "--out-dir", "sheets");
        assertThat(r.code()).as(r.err()).isZero();
        try (var files = Files.list(jar.getParent().resolve("sheets"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf"))).isNotEmpty();
        }
    }

    @Test
    void launcherRunsThroughASymlink() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("movecard"), Path.of("movecard").toAbsolutePath());
        List<String> command = new ArrayList<>(List.of(link.toString(), "--version"));
        Result r = run(dir, command.toArray(String[]::new));
        Files.delete(link);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("movecard " + System.getProperty("movecard.version"));
    }
}
