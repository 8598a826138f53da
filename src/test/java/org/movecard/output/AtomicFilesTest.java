package org.movecard.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
