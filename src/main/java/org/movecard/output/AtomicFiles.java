package org.movecard.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * The only place that writes output files. Bytes go to a temporary file beside the target and are
 * renamed over it, so a failure never leaves a half-written file and never harms an earlier one.
 * The checks below let a command that writes many files find a bad destination before the first.
 */
public final class AtomicFiles {
    private static final long PID = ProcessHandle.current().pid();
    /** ".NAME.PID-HEX.part", as {@link #temporary} makes them. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d+)-[0-9a-f]{1,16}\\.part");

    private AtomicFiles() {
    }

    /** Writes content to an output stream; may fail half-way, which must harm nothing. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * How the calling command lets the user name this output, so a hint can say what to change:
     * the option ("-o", "--combined", "--out-dir") and an example file name for it.
     */
    public record OutputHint(String option, String example) {
        /** The {@code -o FILE} of the single-document commands. */
        public static final OutputHint OUTPUT = new OutputHint("-o", "handout.pdf");

        public OutputHint {
            if (option == null || option.isBlank() || example == null || example.isBlank()) {
                throw new IllegalArgumentException("an output hint needs an option and an example");
            }
        }
    }

    /**
     * A file or folder that could not be written. {@link #reason()} says why without naming any path
     * (the path may come from a patient's name), for callers that must word the error themselves.
     */
    public static final class Failure extends UserError {
        private static final long serialVersionUID = 1L;
        private final String reason;

        Failure(String message, String reason, String hint, Throwable cause) {
            super(ExitCode.OUTPUT_FAILED, message, hint, cause);
            this.reason = reason;
        }

        /** "permission denied", "is a directory, not a file", …: never a path. */
        public String reason() {
            return reason;
        }
    }

    public static void write(Path target, byte[] bytes) {
        write(target, bytes, OutputHint.OUTPUT);
    }

    public static void write(Path target, byte[] bytes, OutputHint hint) {
        write(target, out -> out.write(bytes), hint);
    }

    public static void write(Path target, Content content) {
        write(target, content, OutputHint.OUTPUT);
    }

    /** Writes {@code target} whole or not at all; fails with a {@link Failure}. */
    public static void write(Path target, Content content, OutputHint hint) {
        Path file = target.toAbsolutePath().normalize();
        requireFileOrNothing(file, target, hint);
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failed(target, "cannot create the folder " + dir, e, hint);
        }
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would end up on the final file.
            temp = temporary(dir, file.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            // Checked again just before the rename, which would replace a FIFO or a device node that
            // appeared meanwhile as readily as a file.
            requireFileOrNothing(file, target, hint);
            move(temp, file);
            temp = null;
        } catch (IOException e) {
            throw failed(target, "cannot write", e, hint);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Fails now, writing nothing, if {@code target} clearly cannot become a file: it is a directory,
     * or its folder could not be created or written into (see {@link #checkFolder}).
     */
    public static void checkFile(Path target, OutputHint hint) {
        Path file = target.toAbsolutePath().normalize();
        requireFileOrNothing(file, target, hint);
        String problem = folderProblem(file.getParent());
        if (problem != null) {
            throw new Failure(target + ": cannot write here: " + problem, problem, folderHint(hint), null);
        }
    }

    /**
     * Fails now, writing nothing, if {@code target} is {@code input}, a file the run reads (named
     * by {@code what}: "the catalogue"): the PDF would replace it. A null or missing input is fine.
     */
    public static void requireNotAnInput(Path target, OutputHint hint, String what, Path input) {
        try {
            if (input != null && Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)) {
                throw new Failure(target + ": is " + what + " this run reads; nothing was written", "is an input",
                        "give " + hint.option() + " another file name, for example "
                                + target.resolveSibling(hint.example()), null);
            }
        } catch (IOException e) {
            // Not comparable: the write itself reports any real problem with the target.
        }
    }

    /**
     * Fails now, writing nothing, if {@code dir} clearly cannot be a folder to write into: it is a
     * file, a folder on the way to it is a file, or the nearest existing folder is read-only.
     */
    public static void checkFolder(Path dir, OutputHint hint) {
        Path folder = dir.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Failure(dir + ": is a file, not a folder", "is a file, not a folder",
                    "give " + hint.option() + " a folder (it is created if missing)", null);
        }
        String problem = folderProblem(folder);
        if (problem != null) {
            throw new Failure(dir + ": cannot write here: " + problem, problem, folderHint(hint), null);
        }
    }

    /**
     * Creates {@code dir} if missing and proves that a file can be made in it, by creating and
     * removing an empty temporary one; for commands that write many files, before the first.
     * Some folders pass every check and still refuse files (a read-only or virtual file system).
     */
    public static void prepareFolder(Path dir, OutputHint hint) {
        checkFolder(dir, hint);
        Path folder = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw failed(dir, "cannot create the folder", e, folderHint(hint));
        }
        Path probe = null;
        try {
            probe = temporary(folder, "probe");
            FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException e) {
            throw failed(dir, "cannot write into the folder", e, folderHint(hint));
        } finally {
            deleteQuietly(probe);
        }
        removeStaleTemporaries(folder);
    }

    /** Why nothing can be created at or under {@code folder}, judged without writing; null if it looks fine. */
    private static String folderProblem(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        if (!Files.isDirectory(existing)) {
            return existing + " is a file, not a folder";
        }
        if (!Files.isWritable(existing)) {
            return existing + " is not writable (permission denied)";
        }
        return null;
    }

    /**
     * Named after the process, so a later run can tell a dead run's leftovers from a live one's. The
     * random part only keeps concurrent writers apart (the file is opened CREATE_NEW, so a clash
     * fails rather than shares): no secret, so no SecureRandom, whose seeding costs a cold start.
     */
    private static Path temporary(Path dir, String name) {
        return dir.resolve("." + name + "." + PID + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".part");
    }

    /**
     * Removes the temporary files that a run killed half-way (kill -9, power cut) left in
     * {@code folder}: ours by name, and only those whose process is gone and that nothing has
     * written to for a minute. Best effort.
     */
    static void removeStaleTemporaries(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path entry : entries) {
                Matcher m = TEMPORARY.matcher(entry.getFileName().toString());
                if (m.matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && !alive(m.group(1))
                        && untouchedFor(entry, STALE_AFTER)) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // Leftovers are harmless; a folder that cannot be listed is reported when it is written.
        }
    }

    /**
     * A folder shared between machines holds other hosts' temporary files, whose process ids mean
     * nothing here; one that is being written is touched every few milliseconds.
     */
    private static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(1);

    private static boolean untouchedFor(Path file, java.time.Duration age) throws IOException {
        return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant()
                .isBefore(java.time.Instant.now().minus(age));
    }

    private static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == PID || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Something already failed, or the temporary file is harmless; the first error is the one to report.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The rename replaces whatever has the target's name, so only a regular file (or nothing) may be
     * there: renaming over {@code /dev/null}, a device node or a FIFO would destroy it.
     */
    private static void requireFileOrNothing(Path file, Path target, OutputHint hint) {
        if (Files.isDirectory(file)) {
            throw isDirectory(target, hint);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            String reason = "is not a regular file (a device, FIFO or socket)";
            throw new Failure(target + ": " + reason + "; it was left as it is", reason,
                    "give " + hint.option() + " the name of a new or ordinary file, for example "
                            + file.resolveSibling(hint.example()), null);
        }
    }

    private static Failure isDirectory(Path target, OutputHint hint) {
        return new Failure(target + ": is a directory, not a file", "is a directory, not a file",
                "give " + hint.option() + " a file name, for example " + target.resolve(hint.example()), null);
    }

    private static String folderHint(OutputHint hint) {
        return "choose a folder you can write to with " + hint.option() + ", or check its permissions and free space";
    }

    private static Failure failed(Path target, String what, IOException e, OutputHint hint) {
        return failed(target, what, e, folderHint(hint));
    }

    private static Failure failed(Path target, String what, IOException e, String hint) {
        String reason = reason(e);
        return new Failure(target + ": " + what + " (" + reason + ")", reason, hint, e);
    }

    /** The cause in a few words; never the exception's message when that names a file. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not accept new files";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : "file system error";
        }
        String message = e.getMessage();
        boolean namesAFile = message != null && (message.contains("/") || message.contains("\\"));
        return message != null && !namesAFile ? message : e.getClass().getSimpleName();
    }
}
