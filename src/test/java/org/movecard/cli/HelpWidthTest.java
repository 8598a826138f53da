package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help fits an 80-column terminal and never breaks an example command across lines. */
class HelpWidthTest {
    private static List<CommandLine> everyCommand() {
        CommandLine root = Main.commandLine();
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        return all;
    }

    @Test
    void examplesArePrintedWholeAt80Columns() {
        for (CommandLine cl : everyCommand()) {
            cl.setUsageHelpWidth(80);
            cl.setUsageHelpAutoWidth(false);
            List<String> printed = cl.getUsageMessage().lines().toList();
            for (String line : cl.getCommandSpec().usageMessage().footer()) {
                String text = String.format(line).stripTrailing();
                if (text.strip().startsWith("movecard")) {
                    assertThat(text.length()).as("%s: %s", cl.getCommandName(), text).isLessThanOrEqualTo(80);
                    assertThat(printed).as("%s --help prints the example whole", cl.getCommandName()).contains(text);
                }
            }
            // Continuation lines of an example ("... \" then an indented rest) also stay whole.
            String[] footer = cl.getCommandSpec().usageMessage().footer();
            for (int i = 1; i < footer.length; i++) {
                if (footer[i - 1].endsWith("\\")) {
                    assertThat(footer[i].length()).as("%s: %s", cl.getCommandName(), footer[i]).isLessThanOrEqualTo(80);
                    assertThat(printed).as("%s: %s", cl.getCommandName(), footer[i]).contains(footer[i].stripTrailing());
                }
            }
        }
    }

    @Test
    void noHelpLineIsWiderThan80Columns() {
        for (CommandLine cl : everyCommand()) {
            cl.setUsageHelpWidth(80);
            cl.setUsageHelpAutoWidth(false);
            assertThat(Arrays.stream(cl.getUsageMessage().split("\\R")).filter(l -> l.length() > 80))
                    .as(cl.getCommandName()).isEmpty();
        }
    }
}
