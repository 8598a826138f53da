package org.movecard.output;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * The only place that writes output files. Bytes go to a temporary file beside the target and are
 * renamed over it, so a failure never leaves a half-written file and never harms an earlier one.
 */
public final class AtomicFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {
    }

    /** Writes content to an output stream; may fail half-way, which must harm nothing. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new UserError(ExitCode.OUTPUT_FAILED, target + ": is a directory, not a file",
                    "give a file name, for example " + target.resolve("handout.pdf"));
        }
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failed(target, "cannot create the folder " + dir, e);
        }
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would end up on the final file.
            temp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, file);
            temp = null;
        } catch (IOException e) {
            throw failed(target, "cannot write", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write already failed; that error is the one to report.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static UserError failed(Path target, String what, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "the folder does not accept new files"
                : e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new UserError(ExitCode.OUTPUT_FAILED, target + ": " + what + " (" + reason + ")",
                "choose a folder you can write to with -o, or check its permissions and free space", e);
    }
}
