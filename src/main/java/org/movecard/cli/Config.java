package org.movecard.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.Spelling;
import picocli.CommandLine;

/**
 * Defaults a clinic would otherwise retype every time, from a properties file: keys are long option
 * names ({@code paper=letter}, {@code clinic=/srv/clinic.json}), optionally for one command only
 * ({@code sheets.out-dir=/srv/sheets}); the command line always wins. The file is
 * {@code $MOVECARD_CONFIG}, else {@code $XDG_CONFIG_HOME/movecard/config.properties} (by default
 * {@code ~/.config/movecard/config.properties}) if it exists. Patient data has no key.
 */
final class Config implements CommandLine.IDefaultValueProvider {
    /** No file: every default is the built-in one (what tests use). */
    static final Config NONE = new Config(null, Map.of());

    /** Options that may have a default; never the patient, notes or moves of a sheet. */
    static final Set<String> KEYS = Set.of("catalogue", "paper", "clinic", "clinician", "out-dir", "output",
            "large-print", "no-figures", "one-column", "format", "sheet", "duplex", "back-offset", "dpi", "jobs",
            "skip-invalid", "title");
    private static final List<String> COMMANDS = List.of("handout", "card", "sheet", "sheets", "preview", "list", "check");

    private final Path file;
    private final Map<String, String> values;

    private Config(Path file, Map<String, String> values) {
        this.file = file;
        this.values = Map.copyOf(values);
    }

    /** The file the environment names, or the per-user one if it exists, or none. */
    static Config fromEnvironment() {
        String named = System.getenv("MOVECARD_CONFIG");
        if (named != null && !named.isBlank()) {
            return read(Path.of(named));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        Path file = base.resolve("movecard").resolve("config.properties");
        return Files.isRegularFile(file) ? read(file) : NONE;
    }

    static Config read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCode.INVALID_INPUT, file + ": config file not found",
                    "check MOVECARD_CONFIG, or unset it to use no config file");
        } catch (CharacterCodingException e) {
            throw new UserError(ExitCode.INVALID_INPUT, file + ": config file is not UTF-8", "save it as UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError(ExitCode.INVALID_INPUT, file + ": cannot read the config file (" + e.getMessage() + ")",
                    "write one key=value a line, e.g. paper=letter");
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String option = key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
            String command = key.contains(".") ? key.substring(0, key.indexOf('.')) : null;
            if (command != null && !COMMANDS.contains(command)) {
                throw new UserError(ExitCode.INVALID_INPUT, file + ": unknown command \"" + command + "\" in key \"" + key + "\"",
                        Spelling.suggest(command, COMMANDS, "the commands are"));
            }
            if (!KEYS.contains(option)) {
                throw new UserError(ExitCode.INVALID_INPUT, file + ": \"" + option + "\" cannot have a default",
                        Spelling.suggest(option, KEYS.stream().sorted().toList(), "keys are long option names"));
            }
            values.put(key, properties.getProperty(key).strip());
        }
        return new Config(file, values);
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec arg) {
        if (values.isEmpty() || !(arg instanceof CommandLine.Model.OptionSpec option) || option.command() == null) {
            return null;
        }
        String key = option.longestName().replaceFirst("^-+", "");
        String command = option.command().name();
        String value = values.get(command + "." + key);
        return value != null ? value : values.get(key);
    }

    /** Where the defaults come from, for messages; null without a file. */
    Path file() {
        return file;
    }
}
