package org.movecard.cli;

import java.util.ArrayList;
import java.util.List;
import org.movecard.selection.Criteria;
import picocli.CommandLine.Option;

/** The selection options shared by every document command and {@code list}. */
final class SelectionOptions {
    @Option(names = {"-s", "--setting"}, split = ",", paramLabel = "SETTING",
            description = "Only moves done in this setting (bundled: chair, standing, floor). Repeat or comma-separate.")
    List<String> settings = new ArrayList<>();

    @Option(names = {"-r", "--region"}, split = ",", paramLabel = "REGION",
            description = "Only moves that work this region (bundled: upper, middle, lower). Repeat or comma-separate.")
    List<String> regions = new ArrayList<>();

    @Option(names = {"-m", "--moves"}, split = ",", paramLabel = "ID",
            description = "Exactly these moves, in this order (ids from 'movecard list').")
    List<String> moves = new ArrayList<>();

    @Option(names = {"-x", "--exclude"}, split = ",", paramLabel = "ID",
            description = "Leave out these moves.")
    List<String> exclude = new ArrayList<>();

    Criteria criteria() {
        return new Criteria(settings, regions, moves, exclude);
    }
}
