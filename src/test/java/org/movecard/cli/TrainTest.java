package org.movecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run must end as expected, or the launcher throws its class-data archive
 * away and every later run trains again (seconds instead of a fraction of one).
 */
class TrainTest {
    @TempDir
    Path dir;

    @Test
    void everyTrainingRunEndsAsExpected() throws Exception {
        assertThat(Train.run(dir)).as("training runs that failed").isZero();
        assertThat(dir.resolve("handout.pdf")).exists();
        assertThat(dir.resolve("sheet.pdf")).exists();
        try (var files = Files.list(dir.resolve("previews"))) {
            assertThat(files.count()).isPositive();
        }
    }
}
