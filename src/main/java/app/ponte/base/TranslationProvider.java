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
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale BRAZILIAN_PORTUGUESE = Locale.of("pt", "BR");
    public static final List<Locale> LOCALES = List.of(ENGLISH, BRAZILIAN_PORTUGUESE);

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_DEFAULT_LOCALE_FALLBACK)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key '{}' for {}", key, locale);
            return "!" + key;
        }
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

    /** Parses a stored language tag ("en", "pt-BR") into one of the supported locales. */
    public static Locale fromTag(String tag) {
        return supported(Locale.forLanguageTag(tag));
    }
}
