package org.movecard.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.movecard.UserError;

/** Every language has every key, every pattern formats, and plurals, dates and weekdays read right. */
class LabelsTest {
    static List<String> languages() {
        return Labels.LANGUAGES;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasExactlyTheEnglishKeys(String language) {
        assertThat(Labels.of(language).keys()).containsExactlyInAnyOrderElementsOf(Labels.englishKeys());
    }

    /** A broken pattern (an unpaired quote or brace) fails here, not on a patient's sheet. */
    @ParameterizedTest
    @MethodSource("languages")
    void everyPatternFormatsWithoutLeftoverPlaceholdersOrQuotes(String language) {
        Labels labels = Labels.of(language);
        for (String key : labels.keys()) {
            if (key.startsWith("date.")) {
                continue;
            }
            for (Object[] args : List.of(new Object[] {1, 1}, new Object[] {3, 3})) {
                String text = labels.text(key, args);
                assertThat(text).as(language + " " + key).isNotBlank().doesNotContain("{").doesNotContain("}");
                assertThat(text).as(language + " " + key).doesNotContain("''");
            }
        }
    }

    @Test
    void pluralsFollowTheLargestNumber() {
        Labels en = Labels.english();
        assertThat(en.count("dose.times", 1, 1)).isEqualTo("1 time");
        assertThat(en.count("dose.times", 2, 3)).isEqualTo("2\u20133 times");
        assertThat(en.text("dose.day", 2)).isEqualTo("twice a day");
        assertThat(en.text("dose.week", 3)).isEqualTo("3 times a week");
        assertThat(Labels.of("es").count("dose.times", 1, 1)).isEqualTo("1 vez");
        assertThat(Labels.of("es").count("dose.times", 3, 3)).isEqualTo("3 veces");
        assertThat(Labels.of("de").count("dose.seconds", 10, 20)).isEqualTo("10\u201320 Sekunden");
        assertThat(Labels.of("fr").text("dose.day", 2)).isEqualTo("deux fois par jour");
        assertThat(Labels.of("pt").count("dose.sets", 1, 1)).isEqualTo("1 série");
    }

    @Test
    void datesAndWeekdaysComeFromTheLanguage() {
        LocalDate date = LocalDate.of(2026, 11, 25);
        assertThat(Labels.english().date(date)).isEqualTo("25 November 2026");
        assertThat(Labels.english().day(date)).isEqualTo("Wed 25");
        assertThat(Labels.of("es").date(date)).isEqualTo("25 de noviembre de 2026");
        assertThat(Labels.of("es").day(date)).isEqualTo("mié 25");
        assertThat(Labels.of("de").date(date)).isEqualTo("25. November 2026");
        assertThat(Labels.of("fr").date(date)).isEqualTo("25 novembre 2026");
        assertThat(Labels.of("pt").date(date)).isEqualTo("25 de novembro de 2026");
    }

    @Test
    void regionalTagsUseTheirLanguageAndOthersAreAUserError() {
        assertThat(Labels.of("pt-BR").language()).isEqualTo("pt");
        assertThat(Labels.of("en-GB").text("label.tip")).isEqualTo("Tip:");
        assertThatThrownBy(() -> Labels.of("it")).isInstanceOf(UserError.class)
                .hasMessageContaining("\"it\"");
    }

    @Test
    void germanKeepsCapitalNounsInAPhrase() {
        assertThat(Labels.english().inPhrase("Lower back")).isEqualTo("lower back");
        assertThat(Labels.of("de").inPhrase("Unterer Rücken")).isEqualTo("Unterer Rücken");
        assertThat(Labels.english().and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }
}
