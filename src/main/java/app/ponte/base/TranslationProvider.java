package app.ponte.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * English and Brazilian Portuguese from {@code vaadin-i18n/translations*.properties}. Written out
 * rather than left to Vaadin's default provider so that the order of the languages is fixed
 * (English first: the fallback for any browser language we do not speak) and so that the JVM's
 * default locale never leaks into the choice.
 *
 * <p>Two bundles, three choices: people choose English (UK), English (US) or Português (Brasil)
 * ({@link #LANGUAGE_CHOICES}). Both English choices read the English bundle; the chosen locale itself
 * decides how dates and numbers are written (day-month in the UK and most of the world, month-day in
 * the US). A stored bare "en" (older rows, fixtures) still reads English.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale BRAZILIAN_PORTUGUESE = Locale.of("pt", "BR");
    /** The translated bundles. */
    public static final List<Locale> LOCALES = List.of(ENGLISH, BRAZILIAN_PORTUGUESE);
    public static final Locale ENGLISH_UK = Locale.UK;
    public static final Locale ENGLISH_US = Locale.US;
    /** What a person (or an organisation) chooses from: language and the way dates and numbers are written. */
    public static final List<Locale> LANGUAGE_CHOICES = List.of(ENGLISH_UK, ENGLISH_US, BRAZILIAN_PORTUGUESE);
    public static final List<String> LANGUAGE_CHOICE_TAGS = LANGUAGE_CHOICES.stream().map(Locale::toLanguageTag).toList();

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGE_CHOICES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_DEFAULT_LOCALE_FALLBACK)
                    .getString(key);
            // The viewer's own locale formats the numbers and dates inside a message (1,5 in Brazil).
            return params.length == 0 ? pattern
                    : new MessageFormat(pattern, locale == null ? ENGLISH : locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key '{}' for {}", key, locale);
            return "!" + key;
        }
    }

    /** True when the bundles have the key (every key is in both: TranslationBundlesTest). */
    public static boolean hasKey(String key) {
        return ResourceBundle.getBundle(BUNDLE, ENGLISH, NO_DEFAULT_LOCALE_FALLBACK).containsKey(key);
    }

    /** The supported locale closest to the one asked for: same language wins, else English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    /**
     * The locale a stored language tag ("en-GB", "en-US", "pt-BR", legacy "en") is shown in: its language
     * one we translate, its region kept so that dates and numbers follow it.
     */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        Locale asked = Locale.forLanguageTag(tag);
        if (asked.getLanguage().equals(BRAZILIAN_PORTUGUESE.getLanguage())) {
            return BRAZILIAN_PORTUGUESE;
        }
        return asked.getLanguage().equals(ENGLISH.getLanguage()) ? asked : ENGLISH;
    }

    private static final java.util.Set<String> US_ZONES = java.util.Set.of("America/New_York", "America/Chicago",
            "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Anchorage", "America/Detroit",
            "America/Boise", "Pacific/Honolulu");

    static boolean inTheUnitedStates(java.time.ZoneId zone) {
        String id = zone.getId();
        return US_ZONES.contains(id) || id.startsWith("US/") || id.startsWith("America/Indiana/")
                || id.startsWith("America/Kentucky/") || id.startsWith("America/North_Dakota/");
    }

    /** True for a tag people may choose, or a bare one stored before the choice had a region ("en", "pt"). */
    public static boolean isKnownTag(String tag) {
        return isChoice(tag) || LOCALES.stream().anyMatch(l -> l.toLanguageTag().equals(tag));
    }

    /** True for a tag people may choose ({@link #LANGUAGE_CHOICE_TAGS}). */
    public static boolean isChoice(String tag) {
        return LANGUAGE_CHOICE_TAGS.contains(tag);
    }

    /**
     * The choice closest to a locale (a browser's, or a legacy stored one): Portuguese is Brazilian,
     * English in the US is English (US), any other English or unknown language English (UK).
     */
    public static String choiceFor(Locale locale) {
        if (locale == null) {
            return ENGLISH_UK.toLanguageTag();
        }
        if (locale.getLanguage().equals(BRAZILIAN_PORTUGUESE.getLanguage())) {
            return BRAZILIAN_PORTUGUESE.toLanguageTag();
        }
        return locale.getLanguage().equals("en") && "US".equals(locale.getCountry())
                ? ENGLISH_US.toLanguageTag() : ENGLISH_UK.toLanguageTag();
    }

    /**
     * The choice for a stored tag; a bare "en" (stored before the choice had a region) becomes English (US)
     * for somebody whose time zone is in the United States and English (UK) for everybody else (the same
     * rule as migration V34).
     */
    public static String choiceFor(String tag, java.time.ZoneId zone) {
        if (isChoice(tag)) {
            return tag;
        }
        Locale locale = tag == null ? ENGLISH : Locale.forLanguageTag(tag);
        if (locale.getLanguage().equals("en") && locale.getCountry().isEmpty() && zone != null
                && inTheUnitedStates(zone)) {
            return ENGLISH_US.toLanguageTag();
        }
        return choiceFor(locale);
    }
}
