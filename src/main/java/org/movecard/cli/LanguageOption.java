package org.movecard.cli;

import java.nio.file.Path;
import org.movecard.Movecard;
import org.movecard.catalogue.Catalogue;
import picocli.CommandLine.Option;

/** {@code --language LANG[,LANG2]}: the catalogue in another language, or two languages at once. */
final class LanguageOption {
    @Option(names = {"-l", "--language"}, paramLabel = "LANG[,LANG2]",
            description = "Print in this language (en, es, fr, de, pt): the bundled catalogue's translation, or "
                    + "FILE.LANG.json beside a catalogue file. Two, e.g. en,es, print each move in both.")
    String languages;

    /** The catalogue in the asked language or languages. */
    Movecard.Languages of(Catalogue catalogue, Path file) {
        return Movecard.languages(catalogue, file, languages);
    }
}
