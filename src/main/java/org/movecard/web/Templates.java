package org.movecard.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.movecard.output.AtomicFiles;

/**
 * Named programmes saved as {@code NAME.json} in one data folder. A name is letters, digits, spaces,
 * dashes and underscores (1–64, starting and ending with a letter or digit), so it can never
 * leave the folder. Templates hold no patient data: {@link Requests.Template} has no field for it.
 */
final class Templates {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9 _-]{0,62}[A-Za-z0-9])?");
    private static final String SUFFIX = ".json";

    private final Path dir;

    Templates(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /** The saved names, sorted; none when the folder does not exist yet. */
    List<String> names() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .filter(n -> NAME.matcher(n).matches())
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Requests.Template read(String name) {
        Path file = file(name);
        try {
            return Json.read(Files.readAllBytes(file), Requests.Template.class);
        } catch (ApiError e) {
            // The request was fine: the file in the folder is not a template (edited by hand?).
            throw new ApiError(ApiError.UNPROCESSABLE, "name", "the saved template \"" + name + "\" is damaged ("
                    + e.getMessage() + ")", "save the programme again under this name, or delete " + file);
        } catch (NoSuchFileException e) {
            throw missing(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String name, Requests.Template template) {
        AtomicFiles.write(file(name), Json.write(template));
    }

    void delete(String name) {
        try {
            if (!Files.deleteIfExists(file(name))) {
                throw missing(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a name that is not a template name (400 naming the field "name"). */
    void requireName(String name) {
        file(name);
    }

    private Path file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ApiError.field("name", "\"" + name + "\" is not a template name",
                    "use 1 to 64 letters, digits, spaces, dashes or underscores, starting and ending with a letter or digit");
        }
        Path file = dir.resolve(name + SUFFIX).normalize();
        if (!dir.equals(file.getParent())) {
            throw ApiError.field("name", "\"" + name + "\" is not a template name", "use a plain name");
        }
        return file;
    }

    private static ApiError missing(String name) {
        return new ApiError(ApiError.NOT_FOUND, "name", "no template named \"" + name + "\"",
                "see the saved names with GET /api/templates");
    }
}
