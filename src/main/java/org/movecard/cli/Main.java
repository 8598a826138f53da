package org.movecard.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.movecard.ExitCode;
import org.movecard.Hint;
import org.movecard.UserError;
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
            "  movecard serve --clinic clinic.json          a web page at http://127.0.0.1:8420/",
            "  movecard sheet --clinic clinic.json --patient NAME --move \"chair-twist: hold 20s, 3 times\"",
            "  movecard sheets --clinic clinic.json --csv patients.csv --out-dir output/sheets",
            "",
            "Exit codes: 0 done, 2 invalid input, 3 output not written, 4 internal error, 5 does not fit.",
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
                "missing command (handout, card, sheet, sheets, preview, list, check, serve)");
    }

    /** The subcommands in the order --help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("handout", HandoutCommand::new);
        commands.put("card", CardCommand::new);
        commands.put("sheet", SheetCommand::new);
        commands.put("sheets", SheetsCommand::new);
        commands.put("preview", PreviewCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    public static void main(String[] args) {
        String unreadable = unreadableArguments(args, System.getProperty("sun.jnu.encoding", "UTF-8"));
        if (unreadable != null) {
            System.err.println("error: " + unreadable);
            System.err.println("hint: run movecard through its launcher (./movecard), or set a UTF-8 locale first,"
                    + " e.g. LC_ALL=C.UTF-8 java -jar movecard.jar ...");
            System.exit(ExitCode.INVALID_INPUT.code());
        }
        Warmup.start();
        // Building picocli's model of every command costs more than a whole handout's layout;
        // a run that names its command builds only that one.
        String only = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help") ? args[0] : null;
        int code;
        try {
            code = commandLine(only).execute(args);
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

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    private static CommandLine commandLine(String only) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        COMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + Terminal.escape(PatientArguments.redact(ex.getCommandLine(), ex.getMessage())));
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("hint: see '" + name + " --help'");
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

    /** The version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"movecard " + (v == null ? "dev" : v)};
        }
    }
}
