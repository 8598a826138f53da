package org.movecard.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.UserError;

class FileNamesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Zoë O'Brien-Smith      # zoe-o-brien-smith",
        "../../etc/x            # etc-x",
        "..                     # sheet",
        "'  '                   # sheet",
        "C:\\Windows\\system32  # c-windows-system32",
        "Łukasz Żółć            # lukasz-zolc",
        "Søren Ærø Straße       # soren-aero-strasse",
        "José\u0000\u001b[31m   # jose-31m",
        "王小明                  # sheet",
        "Patient 0001           # patient-0001",
    })
    void stemsAreAsciiWordsJoinedByDashes(String text, String stem) {
        assertThat(FileNames.stem(text)).isEqualTo(stem);
    }

    @Test
    void stemsAreBoundedAndNeverEndInADash() {
        String stem = FileNames.stem("a".repeat(59) + " " + "b".repeat(30));
        assertThat(stem).hasSizeLessThanOrEqualTo(FileNames.MAX_STEM).doesNotEndWith("-").isEqualTo("a".repeat(59));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomTextNeverLeavesTheFolder(long seed) {
        Random random = new Random(seed);
        FileNames names = new FileNames(dir);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(80); c > 0; c--) {
                text.append(random.nextInt(4) == 0 ? "./\\\u0000:~".charAt(random.nextInt(6)) : (char) random.nextInt(0x3000));
            }
            Path file = names.next(Integer.toString(i), text.toString(), ".pdf");
            assertThat(file.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(file.getFileName().toString()).matches("[0-9]+-[a-z0-9-]{1,60}\\.pdf");
        }
    }

    @Test
    void collisionsGetASuffix() {
        FileNames names = new FileNames(dir);
        assertThat(names.next("2026-11-25", "Anna Müller", ".pdf").getFileName()).hasToString("2026-11-25-anna-muller.pdf");
        assertThat(names.next("2026-11-25", "ANNA MULLER", ".pdf").getFileName()).hasToString("2026-11-25-anna-muller-2.pdf");
        assertThat(names.next("2026-11-25", "anna müller", ".pdf").getFileName()).hasToString("2026-11-25-anna-muller-3.pdf");
    }

    @Test
    void insideRefusesAnythingThatResolvesElsewhere() {
        assertThat(FileNames.inside(dir, "a.pdf")).isEqualTo(dir.toAbsolutePath().normalize().resolve("a.pdf"));
        assertThatThrownBy(() -> FileNames.inside(dir, "../../etc/x")).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> FileNames.inside(dir, "sub/a.pdf")).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> FileNames.inside(dir, "/etc/passwd")).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> FileNames.inside(dir, ".")).isInstanceOf(UserError.class);
    }
}
