package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples at the foot of {@code sheet --help} and {@code sheets --help} run as printed, with
 * only their files moved: outputs into a temporary folder, the clinic and CSV to the bundled examples.
 */
class HelpExamplesTest {
    /** Options whose value is a file to read, and what a test reads instead. */
    static final Map<String, String> INPUTS = Map.of(
            "--clinic", "data/examples/clinic.json",
            "--csv", "data/examples/patients.csv");
    /** Options whose value is a file or folder to write, kept inside the temporary folder. */
    static final List<String> OUTPUTS = List.of("-o", "--output", "--out-dir", "--combined");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sheet", "sheets"})
    void everyExampleInTheHelpRuns(String command) throws Exception {
        String[] footer = Main.commandLine().getSubcommands().get(command).getCommandSpec().usageMessage().footer();
        List<List<String>> examples = examples(footer);
        assertThat(examples).as("examples of %s", command).isNotEmpty();
        for (List<String> example : examples) {
            assertThat(example.get(0)).isEqualTo("movecard");
            assertThat(example.get(1)).isEqualTo(command);
            List<String> args = redirect(example.subList(1, example.size()));
            CliTest.Run run = CliTest.run(args.toArray(String[]::new));
            assertThat(run.code()).as("%s%n%s", String.join(" ", example), run.err()).isZero();
        }
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf"))).isNotEmpty();
        }
    }

    private List<String> redirect(List<String> example) {
        List<String> args = new ArrayList<>(example);
        for (int i = 0; i + 1 < args.size(); i++) {
            String option = args.get(i);
            if (INPUTS.containsKey(option)) {
                args.set(i + 1, INPUTS.get(option));
            } else if (OUTPUTS.contains(option)) {
                args.set(i + 1, dir.resolve(args.get(i + 1).replace('/', '-')).toString());
            }
        }
        return args;
    }

    /** The footer's command lines, joined where a line ends in "\", split into words as a shell would. */
    static List<List<String>> examples(String[] footer) {
        List<List<String>> examples = new ArrayList<>();
        StringBuilder current = null;
        for (String line : footer) {
            String text = line.strip();
            if (text.startsWith("movecard ")) {
                current = new StringBuilder();
            }
            if (current == null || text.isEmpty()) {
                continue;
            }
            boolean continues = text.endsWith("\\");
            current.append(continues ? text.substring(0, text.length() - 1) : text).append(' ');
            if (!continues) {
                examples.add(words(current.toString()));
                current = null;
            }
        }
        return examples;
    }

    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
