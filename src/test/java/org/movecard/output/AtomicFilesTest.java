package org.movecard.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.ExitCode;
import org.movecard.UserError;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesAndCreatesMissingFolders() throws Exception {
        Path target = dir.resolve("a/b/out.pdf");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void replacesAnEarlierFileWhole() throws Exception {
        Path target = dir.resolve("out.pdf");
        AtomicFiles.write(target, new byte[] {1});
        AtomicFiles.write(target, new byte[] {2, 2});
        assertThat(Files.readAllBytes(target)).containsExactly(2, 2);
    }

    @Test
    void refusesADirectory() {
        assertThatThrownBy(() -> AtomicFiles.write(dir, new byte[] {1}))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.getMessage()).endsWith("is a directory, not a file");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
                });
    }

    @Test
    void anUnwritableFolderLeavesTheEarlierFileAndNoPartialFile() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")) && canRootWriteAnyway(),
                "root ignores folder permissions here");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path target = folder.resolve("out.pdf");
        AtomicFiles.write(target, new byte[] {7});
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {8, 8}))
                    .isInstanceOfSatisfying(UserError.class, e -> {
                        assertThat(e.getMessage()).contains("out.pdf").contains("permission denied");
                        assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
                    });
            assertThat(Files.readAllBytes(target)).containsExactly(7);
            assertThat(Files.list(folder)).containsExactly(target);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailureHalfWayLeavesTheEarlierFileAndNoPartialFile() throws Exception {
        Path target = dir.resolve("out.pdf");
        AtomicFiles.write(target, new byte[] {7});
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new java.io.IOException("No space left on device");
        })).isInstanceOfSatisfying(UserError.class, e -> {
            assertThat(e.getMessage()).contains("out.pdf").contains("cannot write");
            assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
        });
        assertThat(Files.readAllBytes(target)).containsExactly(7);
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void aParentThatIsAFileIsAnOutputError() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> AtomicFiles.write(file.resolve("out.pdf"), new byte[] {1}))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.getMessage()).contains("cannot create the folder");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
                });
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void hintsNameTheCallersOptionAndExample() {
        var combined = new AtomicFiles.OutputHint("--combined", "all-sheets.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(dir, new byte[] {1}, combined))
                .isInstanceOfSatisfying(AtomicFiles.Failure.class, e -> {
                    assertThat(e.hint()).isEqualTo("give --combined a file name, for example " + dir.resolve("all-sheets.pdf"));
                    assertThat(e.reason()).isEqualTo("is a directory, not a file");
                });
        assertThatThrownBy(() -> AtomicFiles.write(dir, new byte[] {1}))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.hint()).contains("give -o a file name"));
    }

    @Test
    void aFailuresReasonNamesNoPath() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path target = file.resolve("zoe-quenby.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1}))
                .isInstanceOfSatisfying(AtomicFiles.Failure.class, e -> {
                    assertThat(e.getMessage()).contains("zoe-quenby");
                    assertThat(e.reason()).isNotBlank().doesNotContain("/").doesNotContain("zoe");
                });
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("x.pdf"), out -> {
            throw new java.io.IOException("disk gone while writing " + dir.resolve("zoe-quenby.pdf"));
        })).isInstanceOfSatisfying(AtomicFiles.Failure.class, e -> assertThat(e.reason()).isEqualTo("IOException"));
    }

    @Test
    void checksFindBadDestinationsWithoutWritingAnything() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        var hint = new AtomicFiles.OutputHint("--out-dir", "sheets");
        assertThatThrownBy(() -> AtomicFiles.checkFolder(file, hint))
                .isInstanceOfSatisfying(AtomicFiles.Failure.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(file + ": is a file, not a folder");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
                    assertThat(e.hint()).contains("--out-dir");
                });
        assertThatThrownBy(() -> AtomicFiles.checkFolder(file.resolve("a/b"), hint))
                .hasMessage(file.resolve("a/b") + ": cannot write here: " + file + " is a file, not a folder");
        assertThatThrownBy(() -> AtomicFiles.checkFile(dir, hint)).hasMessageEndingWith("is a directory, not a file");
        assertThatThrownBy(() -> AtomicFiles.checkFile(file.resolve("all.pdf"), hint))
                .hasMessageContaining("cannot write here");
        AtomicFiles.checkFolder(dir.resolve("new/folder"), hint);
        AtomicFiles.checkFile(dir.resolve("new/all.pdf"), hint);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void preparingAFolderCreatesItAndLeavesNoProbeBehind() throws Exception {
        Path folder = dir.resolve("a/b");
        AtomicFiles.prepareFolder(folder, AtomicFiles.OutputHint.OUTPUT);
        assertThat(folder).isDirectory();
        assertThat(Files.list(folder)).isEmpty();
    }

    @Test
    void aFifoIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> AtomicFiles.write(fifo, new byte[] {1}))
                .isInstanceOfSatisfying(AtomicFiles.Failure.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(fifo + ": is not a regular file (a device, FIFO or socket); it was left as it is");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
                    assertThat(e.hint()).contains("give -o the name of a new or ordinary file");
                });
        assertThatThrownBy(() -> AtomicFiles.checkFile(fifo, AtomicFiles.OutputHint.OUTPUT))
                .hasMessageContaining("is not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.list(dir)).containsExactly(fifo);
    }

    @Test
    void aDeviceIsRefusedByTheCheck() {
        // Only the check, which writes nothing: a write test against a real device would destroy it as root.
        assumeTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
        assertThatThrownBy(() -> AtomicFiles.checkFile(Path.of("/dev/null"), AtomicFiles.OutputHint.OUTPUT))
                .isInstanceOfSatisfying(AtomicFiles.Failure.class, e -> {
                    assertThat(e.reason()).isEqualTo("is not a regular file (a device, FIFO or socket)");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
                });
    }

    @Test
    void preparingAFolderRemovesTemporaryFilesOfRunsThatDiedOnly() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long dead = finished.pid();
        long alive = ProcessHandle.current().pid();
        Path stale = Files.writeString(dir.resolve(".0002-x.pdf." + dead + "-1f2e3d.part"), "half");
        Path live = Files.writeString(dir.resolve(".0003-x.pdf." + alive + "-abc.part"), "writing");
        Path other = Files.writeString(dir.resolve(".notes.part"), "someone else's");
        Path sheet = Files.writeString(dir.resolve("0001-x.pdf"), "%PDF");
        // Written to a moment ago: perhaps by a run on another machine sharing the folder, so kept.
        Path recent = Files.writeString(dir.resolve(".0004-x.pdf." + dead + "-beef.part"), "being written");
        var longAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
        for (Path old : List.of(stale, live, other, sheet)) {
            Files.setLastModifiedTime(old, longAgo);
        }
        AtomicFiles.prepareFolder(dir, AtomicFiles.OutputHint.OUTPUT);
        assertThat(Files.list(dir)).containsExactlyInAnyOrder(live, other, sheet, recent);
        assertThat(stale).doesNotExist();
    }

    private boolean canRootWriteAnyway() throws Exception {
        Path probe = Files.createDirectory(dir.resolve("probe"));
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.writeString(probe.resolve("x"), "x");
            return true;
        } catch (java.io.IOException e) {
            return false;
        } finally {
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
