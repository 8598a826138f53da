package org.movecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.UserError;
import org.movecard.catalogue.CatalogueError;
import org.movecard.catalogue.Spelling;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code movecard} command: subcommands for each document kind plus list and check. */
@Command(name = "movecard",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Turns a catalogue of movement routines into printable PDFs.",
            "",
            "The bundled catalogue has ten gentle back-mobility moves: two on a chair, four standing,"
                    + " four on the floor. Choose moves by setting, by region or by id.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  movecard handout                          all moves, A4, output/handout.pdf",
            "  movecard handout --setting chair,standing --paper letter",
            "  movecard card --setting floor --duplex long-edge",
            "  movecard preview output/card.pdf",
            "  movecard list --region lower",
            "  movecard check --catalogue my-moves.json",
            "  movecard figures --catalogue my-moves.json  each pose on its grid, to check",
            "  movecard serve --clinic clinic.json     a web page at http://127.0.0.1:8420/",
            "  movecard sheet --clinic clinic.json --patient NAME \\",
            "      --move \"chair-twist: hold 20s, 3 times\"",
            "  movecard sheets --clinic clinic.json --csv patients.csv \\",
            "      --out-dir output/sheets",
            "",
            "Exit codes: 0 done, 2 invalid input, 3 output not written, 4 internal error, 5 does not fit,",
            "6 nothing to draw (figures of a catalogue without any).",
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show details of internal errors (stack traces).")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command (handout, card, sheet, sheets, figures, preview, list, check, serve)");
    }

    private static final String COMPLETION = "generate-completion";

    /** The subcommands in the order --help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("handout", HandoutCommand::new);
        commands.put("card", CardCommand::new);
        commands.put("sheet", SheetCommand::new);
        commands.put("sheets", SheetsCommand::new);
        commands.put("figures", FiguresCommand::new);
        commands.put("preview", PreviewCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        // Hidden: prints a bash/zsh completion script (source <(movecard generate-completion)).
        commands.put(COMPLETION, AutoComplete.GenerateCompletion::new);
        return commands;
    }

    /**
     * PDFBox logs through commons-logging to java.util.logging's console handler ("WARNING: Header
     * doesn't contain versioninfo" before movecard's own error on a file that is not a PDF); movecard
     * words every problem itself. Held here because java.util.logging keeps loggers only weakly.
     */
    private static final List<Logger> LIBRARY_LOGGERS = new ArrayList<>();

    public static void main(String[] args) {
        // picocli's 4.7 class files predate Java 6: the class-data archive cannot hold them and the
        // JVM verifies them the slow way, which is most of a --version run. It needs none of that.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(new Version().getVersion()[0]);
            System.exit(0);
        }
        String unreadable = unreadableArguments(args, System.getProperty("sun.jnu.encoding", "UTF-8"));
        if (unreadable != null) {
            System.err.println("error: " + unreadable);
            System.err.println("hint: run movecard through its launcher (./movecard), or set a UTF-8 locale first,"
                    + " e.g. LC_ALL=C.UTF-8 java -jar movecard.jar ...");
            System.exit(ExitCode.INVALID_INPUT.code());
        }
        if (!Arrays.asList(args).contains("--verbose")) {
            for (String name : List.of("org.apache.pdfbox", "org.apache.fontbox")) {
                Logger logger = Logger.getLogger(name);
                logger.setLevel(Level.OFF);
                LIBRARY_LOGGERS.add(logger);
            }
        }
        String command = command(args);
        boolean help = Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"));
        boolean version = Arrays.stream(args).anyMatch(a -> a.equals("--version") || a.equals("-V"));
        // Help and version read no catalogue and no font: nothing to warm up for them.
        Warmup.start(help || version ? null : command);
        // Building picocli's model of every command costs more than a whole handout's layout;
        // a run that names its command builds only that one, and one that names none (--version,
        // a misspelt command) builds none; only the list of commands in --help needs them all.
        boolean all = command == null && help || "help".equals(command) || COMPLETION.equals(command);
        Config config;
        try {
            config = Config.fromEnvironment();
        } catch (UserError e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("hint: " + e.hint());
            System.exit(e.exitCode().code());
            return;
        }
        int code;
        try {
            code = commandLine(all ? null : command == null ? "" : command, config).execute(args);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's handler; by now the run's objects are unreachable, so printing works.
            long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            System.err.println("error: out of memory: the run needs more than the " + megabytes
                    + " MB of memory Java may use; nothing more was written");
            System.err.println("hint: allow more, e.g. MOVECARD_MAX_HEAP=2g ./movecard ..., or give a smaller catalogue or CSV");
            code = ExitCode.OUTPUT_FAILED.code();
        }
        System.exit(code);
    }

    /**
     * Why the arguments cannot be trusted, or null. The JVM decodes them in the locale's character
     * set; under LC_ALL=C that is ASCII and every accented letter is already a U+FFFD that nothing
     * can put right: a patient's name would be printed wrong, a path would not be found. The
     * argument itself is not shown (it may be a patient's name).
     */
    static String unreadableArguments(String[] args, String encoding) {
        if (encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8")) {
            return null;
        }
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return "an argument has characters that could not be read: the locale's character set is "
                        + encoding + ", not UTF-8";
            }
        }
        return null;
    }

    /** The command a run names (its first argument after --verbose), or null. */
    static String command(String[] args) {
        for (String arg : args) {
            if (!arg.equals("--verbose")) {
                return COMMANDS.containsKey(arg) ? arg : null;
            }
        }
        return null;
    }

    /** The configured command line, without a config file; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return commandLine(null, Config.NONE);
    }

    /** Every command, with defaults from {@code config}. */
    static CommandLine commandLine(Config config) {
        return commandLine(null, config);
    }

    /** With {@code only} null every command, else only the one named (none for ""). */
    static CommandLine commandLine(String only) {
        return commandLine(only, Config.NONE);
    }

    private static CommandLine commandLine(String only, Config config) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        COMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        if (cl.getSubcommands().containsKey(COMPLETION)) {
            cl.getSubcommands().get(COMPLETION).getCommandSpec().usageMessage().hidden(true);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        if (config != Config.NONE) {
            cl.setDefaultValueProvider(config);
        }
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            String[] unknown = unknown(ex);
            if (unknown != null) {
                err.println("error: " + Terminal.escape(unknown[0]));
                err.println("hint: " + unknown[1] + " (see '" + name + " --help')");
            } else {
                err.println("error: " + Terminal.escape(PatientArguments.redact(ex.getCommandLine(), ex.getMessage())));
                err.println("hint: see '" + name + " --help'");
            }
            err.flush();
            return ExitCode.INVALID_INPUT.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof UserError user) {
                err.println("error: " + Terminal.escape(Hint.words(user.getMessage(), WORDING)));
                if (user.hint() != null) {
                    err.println("hint: " + Terminal.escape(Hint.words(user.hint(), WORDING)));
                }
                if (user instanceof CatalogueError several && several.all().size() > 1) {
                    int more = several.all().size() - 1;
                    err.println("note: " + more + (more == 1 ? " more problem" : " more problems")
                            + " in this catalogue; 'movecard check --catalogue " + several.source() + "' lists them all");
                }
                if (main.verbose && user.getCause() != null) {
                    user.getCause().printStackTrace(err);
                }
                err.flush();
                return user.exitCode().code();
            }
            err.println("error: internal error (" + ex.getClass().getSimpleName() + "); this is a bug in movecard");
            if (main.verbose) {
                ex.printStackTrace(err);
            } else {
                err.println("hint: run again with --verbose and report the output");
            }
            err.flush();
            return ExitCode.INTERNAL.code();
        });
        return cl;
    }

    /**
     * For a misspelt command or option, {error, hint} naming the nearest one; null for anything
     * else. Only option names and command words are quoted, never a value (which may be patient data).
     */
    private static String[] unknown(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return null;
        }
        String word = unmatched.getUnmatched().get(0);
        CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (word.startsWith("-") && word.length() > 1) {
            String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            List<String> names = spec.options().stream().flatMap(o -> Arrays.stream(o.names()))
                    .filter(n -> n.startsWith("--")).toList();
            // One letter is too short to guess from: list the options instead.
            String hint = option.startsWith("--") ? Spelling.suggest(option, names, "its options are")
                    : "its options are: " + String.join(", ", names);
            return new String[] {"unknown option '" + option + "'", hint};
        }
        if (spec.parent() == null && !word.startsWith("-")) {
            return new String[] {"unknown command '" + word + "'",
                Spelling.suggest(word, COMMANDS.keySet().stream().filter(c -> !c.equals(COMPLETION)).toList(),
                        "the commands are")};
        }
        return null;
    }

    /** Settings named in hints are the options of the same name; jobs are commands. */
    static final Hint.Wording WORDING = new Hint.Wording() {
        @Override
        public String option(String name, String value) {
            return value == null ? "--" + name : "--" + name + " " + value;
        }

        @Override
        public String command(String name) {
            return "movecard " + name;
        }
    };

    /** The version the build wrote into {@code version.properties}, else the jar manifest's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"movecard " + version()};
        }

        static String version() {
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    String v = p.getProperty("version", "");
                    if (!v.isBlank() && !v.startsWith("${")) {
                        return v;
                    }
                }
            } catch (IOException ignored) {
                // fall back to the manifest
            }
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}
