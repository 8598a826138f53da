package org.movecard.language;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.movecard.ExitCode;
import org.movecard.UserError;

/**
 * The fixed words of a document in one language, from {@code labels_LANG.properties}: one key per
 * sentence, whole sentences with placeholders ({@link MessageFormat}, plurals as choice patterns),
 * dates with the JDK's month and weekday names. Immutable; one instance per language and process.
 */
public final class Labels {
    /** The languages documents can be printed in, by their primary language subtag. */
    public static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt");
    /** Languages written right to left: their text would come out in the wrong order, so they are refused. */
    static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "dv", "ug",
            "ckb", "syr");
    /** Where the bundles live on the class path. */
    static final String BUNDLE = "org.movecard.language.labels";

    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter day;

    private Labels(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        // No fallback to the JVM's default locale: a missing key is a bug the bundle test catches.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.longDate = DateTimeFormatter.ofPattern(bundle.getString("date.long"), locale);
        this.day = DateTimeFormatter.ofPattern(bundle.getString("date.day"), locale);
    }

    /** English, the language of a catalogue that names none. */
    public static Labels english() {
        return of("en");
    }

    /**
     * The labels for a BCP 47 tag ("es", "pt-BR", "de-CH" use their language's labels); a language
     * movecard has no labels for is a user error rather than English words read with another voice.
     */
    public static Labels of(String tag) {
        // Layouts ask for every page they try: a plain language tag is found without parsing it.
        Labels known = CACHE.get(tag);
        if (known != null) {
            return known;
        }
        String language = primary(tag);
        if (RIGHT_TO_LEFT.contains(language)) {
            throw new UserError(ExitCode.INVALID_INPUT, "the language \"" + tag + "\" is written right to left, "
                    + "which movecard cannot print yet", "print in one of " + String.join(", ", LANGUAGES));
        }
        if (!LANGUAGES.contains(language)) {
            throw new UserError(ExitCode.INVALID_INPUT, "movecard has no words for the language \"" + tag
                    + "\" yet", "documents can be printed in " + String.join(", ", LANGUAGES)
                    + "; a catalogue in another language cannot be printed without English words on it");
        }
        return CACHE.computeIfAbsent(language, Labels::new);
    }

    /** Whether documents can be printed in this language. */
    public static boolean knows(String tag) {
        return LANGUAGES.contains(primary(tag));
    }

    /** The primary language subtag, lower case: "pt" for "pt-BR". */
    public static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    /** The primary language subtag of these labels. */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key} with its placeholders filled in. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label \"" + key + "\" for " + language, e);
        }
        return args.length == 0 && pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0 ? pattern
                : new MessageFormat(pattern, locale).format(args);
    }

    /** "10" or "10–20". */
    public String range(int min, int max) {
        return min == max ? Integer.toString(min) : text("range", Integer.toString(min), Integer.toString(max));
    }

    /**
     * A counted phrase: {@code key}'s pattern gets the range text as {0} and the largest number as
     * {1}, which picks the plural ("1 time", "2–3 times").
     */
    public String count(String key, int min, int max) {
        return text(key, range(min, max), max);
    }

    /** "and"-joined list: "", "a", "a and b", "a, b and c". */
    public String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        String head = String.join(text("list.separator"), items.subList(0, items.size() - 1));
        return text("list.and", head, items.get(items.size() - 1));
    }

    /**
     * A label read inside a phrase, first letter lower-cased where the language does so ("for the
     * lower back"); German keeps its capital nouns.
     */
    public String inPhrase(String label) {
        return label.isEmpty() || !Boolean.parseBoolean(text("labels.lowerFirst")) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** "25 November 2026", "25 de noviembre de 2026". */
    public String date(LocalDate date) {
        return longDate.format(date);
    }

    /** A weekday with its day of the month: "Wed 25", "mié 25". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** Every key of these labels, for tests. */
    Set<String> keys() {
        return Collections.unmodifiableSet(bundle.keySet());
    }

    /** Keys of the English bundle: every language must have each of them. */
    static Set<String> englishKeys() {
        return english().keys();
    }
}
