package org.movecard.cli;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Keeps patient data out of usage errors. picocli quotes the arguments it could not place
 * ("Unmatched argument at index 4: 'Smith'" after an unquoted --patient Alex Smith); for the
 * commands that take patient data, such values are shown as '…'. Option names stay readable.
 */
final class PatientArguments {
    private static final Set<String> COMMANDS = Set.of("sheet", "sheets");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private PatientArguments() {
    }

    static String redact(CommandLine command, String message) {
        if (message == null || !COMMANDS.contains(command.getCommandName())) {
            return message;
        }
        // Quoted items are taken left to right, so the text between two of them is never one.
        return QUOTED.matcher(message).replaceAll(m -> m.group(1).startsWith("-") ? Matcher.quoteReplacement(m.group())
                : "'\u2026'");
    }
}
