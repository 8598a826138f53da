package org.movecard.cli;

import java.io.File;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Reads an output file option ({@code -o}, {@code --combined}). A path ending in a separator names
 * a folder, but {@link Path} drops the separator, so {@code -o out/} would silently write a file
 * called {@code out}: it is refused here, while the separator can still be seen.
 */
final class OutputFileConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.endsWith("/") || value.endsWith(File.separator)) {
            throw new CommandLine.TypeConversionException("'" + value + "' ends with '/', so it names a folder, not a file;"
                    + " give a file name, for example " + value + "document.pdf");
        }
        return Path.of(value);
    }
}
