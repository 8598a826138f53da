package org.movecard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as the packages say it: each stage imports only the stages before it, layout knows
 * no PDF or AWT library, OpenPDF is used only by the PDF stage and PDFBox only by the press.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/org/movecard");
    /**
     * Stages in pipeline order; the facade (classes at the root) comes after them, the front ends last:
     * the web server, then the command line, whose {@code serve} command starts it.
     */
    private static final List<String> ORDER = List.of("language", "catalogue", "patients", "selection", "document", "layout",
            "pdf", "press", "output", "", "web", "cli");
    /** Root classes every stage may use: the error types and hint markers. */
    private static final Set<String> SHARED = Set.of("ExitCode", "UserError", "Hint");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

    record Use(Path file, String imported) {
    }

    @Test
    void everyStageImportsOnlyTheStagesBeforeIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Use use : uses()) {
            String from = stage(use.file());
            String imported = use.imported();
            if (!imported.startsWith("org.movecard.")) {
                continue;
            }
            String rest = imported.substring("org.movecard.".length());
            boolean root = Character.isUpperCase(rest.charAt(0));
            String to = root ? "" : rest.substring(0, rest.indexOf('.'));
            if (root && SHARED.contains(rest.split("\\.")[0])) {
                continue;
            }
            if (!ORDER.contains(to) || ORDER.indexOf(to) > ORDER.indexOf(from)) {
                wrong.add(SOURCES.relativize(use.file()) + " imports " + imported);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void layoutKnowsNoPdfOrAwtLibrary() throws IOException {
        assertThat(uses().stream().filter(u -> stage(u.file()).equals("layout"))
                .filter(u -> u.imported().matches("(com\\.lowagie|org\\.openpdf|org\\.apache\\.pdfbox|java\\.awt|javax\\.imageio)\\..*"))
                .map(u -> SOURCES.relativize(u.file()) + " imports " + u.imported()))
                .isEmpty();
    }

    @Test
    void openPdfOnlyInThePdfStageAndPdfBoxOnlyInThePress() throws IOException {
        List<Use> uses = uses();
        assertThat(uses.stream().filter(u -> u.imported().startsWith("com.lowagie."))
                .map(u -> stage(u.file())).distinct()).containsExactly("pdf");
        assertThat(uses.stream().filter(u -> u.imported().startsWith("org.apache.pdfbox."))
                .map(u -> stage(u.file())).distinct()).containsExactly("press");
    }

    /** Below the front ends a hint names a setting with {@code Hint.option}, never as a CLI flag. */
    @Test
    void noStageBelowTheFrontEndsNamesACommandLineFlag() throws IOException {
        Pattern flag = Pattern.compile("\"[^\"\\n]*(--[a-z]|movecard (list|handout|card|sheets?|check|preview|serve|figures)\\b)[^\"\\n]*\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String stage = stage(f);
                if (stage.equals("cli") || stage.equals("web")) {
                    continue;
                }
                for (String line : Files.readAllLines(f)) {
                    String code = line.strip();
                    if (!code.startsWith("*") && !code.startsWith("//") && flag.matcher(code).find()) {
                        found.add(SOURCES.relativize(f) + ": " + code);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static String stage(Path file) {
        Path rel = SOURCES.relativize(file);
        return rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
    }

    private static List<Use> uses() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    uses.add(new Use(f, m.group(1)));
                }
            }
        }
        assertThat(uses).hasSizeGreaterThan(100);
        return uses;
    }
}
