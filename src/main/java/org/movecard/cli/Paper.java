package org.movecard.cli;

import org.movecard.layout.PageFormat;
import picocli.CommandLine;

/** Converts {@code --paper} values, with an error that lists the choices. */
final class Paper implements CommandLine.ITypeConverter<PageFormat> {
    @Override
    public PageFormat convert(String value) {
        PageFormat format = PageFormat.paper(value);
        if (format == null) {
            throw new CommandLine.TypeConversionException("unknown paper size '" + value + "'; use a4 or letter");
        }
        return format;
    }
}
