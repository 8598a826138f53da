package org.movecard.patients;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * Streams the rows of a patient CSV as a spreadsheet saves it: UTF-8 with or without a BOM, comma
 * or semicolon separated (whichever the header line uses), quoted cells with line breaks, empty
 * rows skipped. The header names the columns (any order, any case); only {@code columns} are known
 * and {@code required} ones must be present. Problems with the file as a whole are {@link UserError}s;
 * problems with a row come back with the row. Holds one row at a time.
 */
public final class PatientCsv implements Iterator<CsvRow>, Closeable {
    /**
     * The longest cell read, in characters: some thirty pages of notes, far more than a sheet
     * prints. A longer one is a wrong file or a broken quote, said as such, not run out of memory.
     */
    public static final int MAX_CELL_CHARS = 100_000;
    private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_CHARS).build())
                    .build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();
    /** Enough for any header; a "line" longer than this is not a CSV header. */
    private static final int SNIFF_CHARS = 64 * 1024;

    private final String source;
    private final Reader reader;
    private final MappingIterator<String[]> rows;
    private final List<String> header;
    private CsvRow next;
    /** The line the record last read starts on. */
    private int recordLine;

    private PatientCsv(Path file, List<String> columns, List<String> required) {
        this.source = file.toString();
        this.reader = Reader.open(file);
        char separator = sniff(reader.buffered, source);
        try {
            this.rows = MAPPER.readerFor(String[].class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                    .readValues(reader.buffered);
        } catch (IOException e) {
            throw fileError("cannot read the file (" + e.getMessage() + ")", null);
        }
        String[] first = read();
        if (first == null) {
            throw fileError("the file is empty", "the first line names the columns, e.g. "
                    + String.join(",", columns) + "; then one patient a line");
        }
        this.header = header(first, columns, required);
        this.next = advance();
    }

    /** Opens {@code file} and checks its header; close it when done. */
    public static PatientCsv open(Path file, List<String> columns, List<String> required) {
        return new PatientCsv(file, columns, required);
    }

    public String source() {
        return source;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public CsvRow next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        CsvRow row = next;
        next = advance();
        return row;
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            // Only read from; nothing to lose.
        }
        reader.close();
    }

    private CsvRow advance() {
        while (true) {
            String[] fields = read();
            if (fields == null) {
                return null;
            }
            int line = recordLine;
            boolean blank = true;
            for (String f : fields) {
                blank &= f == null || f.isBlank();
            }
            if (blank) {
                // Spreadsheets save trailing empty rows as ",,,," or as empty lines.
                continue;
            }
            if (fields.length != header.size()) {
                String column = fields.length > header.size() ? Integer.toString(header.size() + 1)
                        : header.get(fields.length);
                return new CsvRow(line, null, new RowProblem(line, column, "the row has " + fields.length
                        + (fields.length == 1 ? " field" : " fields") + ", the header has " + header.size(),
                        "a cell with the separator or a line break in it must be in double quotes; "
                                + "check for a missing or extra separator"));
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] != null && !fields[i].isBlank()) {
                    values.put(header.get(i), fields[i]);
                }
            }
            return new CsvRow(line, values, null);
        }
    }

    private String[] read() {
        try {
            // Before reading, the parser stands at the record's first character; afterwards its token
            // location can point inside a quoted cell that spans lines.
            recordLine = rows.getParser().currentLocation().getLineNr();
            return rows.hasNextValue() ? rows.nextValue() : null;
        } catch (CharacterCodingException e) {
            // The decoder reads ahead in blocks, so the line it stopped on is not where the bad byte is.
            throw fileError("the file is not UTF-8 text",
                    "save it as \"CSV UTF-8\" (Excel) or \"Text CSV\" with character set UTF-8 (LibreOffice)");
        } catch (JsonProcessingException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof VirtualMachineError error) {
                    throw error; // out of memory is no fault of the file
                }
            }
            // Binding wraps the parser's limit in a mapping exception.
            if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
                throw fileError("line " + recordLine + ": a cell is longer than " + MAX_CELL_CHARS + " characters",
                        "keep notes short (a sheet prints a few lines); if the cell should be short, look for a quote"
                                + " that opens a cell and is never closed");
            }
            // The parser's own message can quote characters of the cell, which may be a patient's name.
            throw fileError("line " + currentLine() + ": not readable as CSV (a quoted cell is not closed,"
                    + " or a quote stands inside an unquoted cell)",
                    "check the quotes: a cell that starts with \" must end with \"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int currentLine() {
        return rows == null ? 1 : rows.getParser().currentLocation().getLineNr();
    }

    private List<String> header(String[] names, List<String> columns, List<String> required) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i] == null ? "" : names[i].strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(name)) {
                throw fileError("1:" + (i + 1) + ": " + (name.isEmpty() ? "empty column name"
                                : "unknown column \"" + names[i].strip() + "\""),
                        "the known columns are: " + String.join(", ", columns) + " (see docs/clinic.md)");
            }
            if (header.contains(name)) {
                throw fileError("1:" + (i + 1) + ": column \"" + name + "\" appears twice", "keep one of them");
            }
            header.add(name);
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw fileError("1: the header has no \"" + column + "\" column",
                        "the first line names the columns, e.g. " + String.join(",", columns));
            }
        }
        return header;
    }

    /**
     * The separator the header line uses: a semicolon when it has more semicolons than commas
     * outside quotes (spreadsheets in locales with a decimal comma), otherwise a comma.
     */
    static char sniff(BufferedReader in, String source) {
        try {
            in.mark(SNIFF_CHARS);
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (int i = 0; i < SNIFF_CHARS; i++) {
                int c = in.read();
                if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                    break;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                }
            }
            in.reset();
            return semicolons > commas ? ';' : ',';
        } catch (CharacterCodingException e) {
            throw new UserError(ExitCode.INVALID_INPUT, source + ": the file is not UTF-8 text",
                    "save it as \"CSV UTF-8\" (Excel) or \"Text CSV\" with character set UTF-8 (LibreOffice)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserError fileError(String problem, String hint) {
        return new UserError(ExitCode.INVALID_INPUT, source + ":" + (problem.matches("^\\d.*") ? "" : " ") + problem,
                hint);
    }

    /** The file decoded strictly as UTF-8, an editor's BOM skipped. */
    private static final class Reader implements Closeable {
        private final BufferedReader buffered;

        private Reader(BufferedReader buffered) {
            this.buffered = buffered;
        }

        static Reader open(Path file) {
            String source = file.toString();
            if (Files.isDirectory(file)) {
                throw new UserError(ExitCode.INVALID_INPUT, source + ": is a directory, not a CSV file",
                        "give the path of the .csv file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new UserError(ExitCode.INVALID_INPUT, source + ": is not a regular file (a FIFO, device or socket),"
                        + " which could block forever", "save the patients as a .csv file and give its path");
            }
            InputStream in;
            try {
                in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                in.mark(3);
                byte[] bom = in.readNBytes(3);
                if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                    in.reset();
                }
            } catch (NoSuchFileException e) {
                throw new UserError(ExitCode.INVALID_INPUT, source + ": file not found",
                        "check the path; it was looked up as " + file.toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new UserError(ExitCode.INVALID_INPUT, source + ": cannot read the file", "check its permissions");
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new Reader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
        }

        @Override
        public void close() {
            try {
                buffered.close();
            } catch (IOException e) {
                // Only read from; nothing to lose.
            }
        }
    }
}
