package org.movecard.catalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a catalogue strictly: UTF-8 JSON with no comments, no unknown or duplicate fields, no type
 * coercion, then the records' invariants and the cross-references between them. Every failure is
 * a {@link CatalogueError} naming {@code source:line:column}. The only Jackson user for catalogues.
 */
public final class CatalogueReader {
    /** Real catalogues are tens of kilobytes; anything this big is the wrong file. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Where the build puts {@code data/back-moves.json}. */
    static final String BUNDLED_RESOURCE = "/org/movecard/catalogue/back-moves.json";
    static final String BUNDLED_SOURCE = "<bundled>";

    private static final String BOM = "\uFEFF";
    private static final String HOW_TO_SAVE_UTF8 = "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)";

    /** Immutable once built, so sharing it is safe (the clinic and translation readers use it too). */
    static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private CatalogueReader() {
    }

    /** Reads the catalogue file; errors name the file as given. */
    public static Catalogue read(Path file) {
        return read(readBytes(file), file.toString());
    }

    /** Reads a catalogue from bytes; {@code sourceName} is what error messages call it. */
    public static Catalogue read(byte[] bytes, String sourceName) {
        requireSmall(bytes, sourceName);
        String json = decodeUtf8(bytes, sourceName);
        requireContent(json, sourceName);
        SourceMap map = SourceMap.scan(JSON, json, sourceName);
        Catalogue catalogue = JsonFields.read(new JsonFields.File(map, sourceName, "catalogue"), map.root(),
                Catalogue.JSON);
        CatalogueChecks.verify(catalogue, map, sourceName);
        return catalogue;
    }

    /**
     * An error about a value of a catalogue that has been read, placed at the value's line and
     * column in {@code file}: for problems found after reading, such as a character no font has.
     * {@code pointer} is a JSON Pointer such as {@code /moves/3/steps/1}.
     */
    public static CatalogueError errorAt(Path file, String pointer, String problem, String hint) {
        String source = file.toString();
        SourceMap.Mark at = SourceMap.scan(JSON, decodeUtf8(readBytes(file), source), source).value(pointer);
        return new CatalogueError(source, at.line(), at.column(), pointer, problem, hint);
    }

    /** The catalogue shipped inside movecard. */
    public static Catalogue bundled() {
        return Bundled.CATALOGUE;
    }

    /**
     * The bundled catalogue, read once per process: it is immutable, and a second reader (the
     * start-up warm-up thread and the command) waits for the first instead of reading it again.
     */
    private static final class Bundled {
        static final Catalogue CATALOGUE = resource(BUNDLED_RESOURCE, BUNDLED_SOURCE);
    }

    /** A catalogue on the classpath; its absence is a packaging bug, not a user error. */
    static Catalogue resource(String name, String sourceName) {
        try (InputStream in = CatalogueReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource " + name + " is missing from the build");
            }
            return read(in.readNBytes(MAX_BYTES + 1), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue resource " + name, e);
        }
    }

    private static byte[] readBytes(Path file) {
        return readBytes(file, "catalogue");
    }

    /** The file's bytes (at most one past the limit), or an error naming {@code kind} ("clinic profile"). */
    static byte[] readBytes(Path file, String kind) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw CatalogueError.ofFile(source, "is a directory, not a " + kind + " file",
                    "give the path of the " + kind + "'s .json file inside it");
        }
        // A FIFO or a device would block the read forever or never end; only a saved file can be a catalogue.
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw CatalogueError.ofFile(source, NOT_REGULAR, "save the " + kind + " as a file and give its path");
        }
        // Read at most one byte past the limit so a huge file (or a device) cannot exhaust memory.
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw CatalogueError.ofFile(source, "file not found", checkThePath(file));
        } catch (AccessDeniedException e) {
            throw CatalogueError.ofFile(source, "permission denied", "make the file readable, or copy it somewhere you can read");
        } catch (IOException e) {
            // The reason ("Not a directory", "Input/output error") says it; the full message repeats the path.
            String reason = e instanceof FileSystemException fse && fse.getReason() != null
                    ? fse.getReason() : e.getClass().getSimpleName();
            throw CatalogueError.ofFile(source, "cannot read the file: " + reason, checkThePath(file));
        }
    }

    /** Why a FIFO, device or socket is refused as input: reading it may block forever. */
    static final String NOT_REGULAR = "is not a regular file (a FIFO, device or socket), which could block forever";

    static String checkThePath(Path file) {
        return "check the path; it was looked up as " + file.toAbsolutePath().normalize();
    }

    private static void requireSmall(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw CatalogueError.ofFile(source, "file is larger than the " + MAX_BYTES / (1024 * 1024)
                    + " MiB limit for a catalogue", "a catalogue is a small text file: check that this is the right file");
        }
    }

    /** The text, or an error at the first byte that is not UTF-8; an editor's BOM is dropped. */
    static String decodeUtf8(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more chars than bytes, so the output cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = withoutBom(out.flip().toString());
        if (result.isError()) {
            throw notUtf8(text, bytes[in.position()], source);
        }
        return text;
    }

    /** Editors on Windows often start UTF-8 files with a BOM; it is not part of the JSON, nor a column. */
    private static String withoutBom(String text) {
        return text.startsWith(BOM) ? text.substring(BOM.length()) : text;
    }

    private static void requireContent(String json, String source) {
        if (json.isBlank()) {
            throw CatalogueError.ofFile(source, "file is empty",
                    "a catalogue is a JSON object: { \"id\": …, \"title\": …, \"settings\": […], \"regions\": […], "
                            + "\"safety\": {…}, \"moves\": […] }");
        }
    }

    /** The position is counted in the text decoded before the bad byte, the way an editor counts. */
    private static CatalogueError notUtf8(String before, byte bad, String source) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            boolean crlf = c == '\r' && i + 1 < before.length() && before.charAt(i + 1) == '\n';
            if ((c == '\n' || c == '\r') && !crlf) {
                line++;
                lineStart = i + 1;
            }
        }
        return new CatalogueError(source, line, before.length() - lineStart + 1, "",
                String.format("not valid UTF-8 (byte 0x%02X)", bad & 0xFF), HOW_TO_SAVE_UTF8);
    }
}
