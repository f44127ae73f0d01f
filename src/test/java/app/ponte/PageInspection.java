package app.ponte;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Looks at a page as its reader would and lists what they would trip over: an error page, a key shown
 * instead of its text, English on a Portuguese page, a cut-off title, a page wider than the phone.
 * The checks run in the browser ({@code journey/inspect-page.js}); this class feeds them the English
 * phrases a Portuguese page must not show, taken from the bundles themselves.
 */
final class PageInspection {

    /** English values that are the same words in Portuguese, or names: allowed on a Portuguese page. */
    private static final Set<String> SAME_IN_BOTH = Set.of();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}|'[^']*'");
    private static final int SHORTEST_PHRASE = 14;

    private static final String SCRIPT = resource("/journey/inspect-page.js");
    private static final List<String> ENGLISH_ONLY_PHRASES = englishOnlyPhrases();

    private PageInspection() {
    }

    static List<String> findings(WebDriver browser, boolean portuguese, boolean phone) {
        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) ((JavascriptExecutor) browser).executeScript(SCRIPT,
                portuguese ? ENGLISH_ONLY_PHRASES : null, phone);
        return findings;
    }

    /**
     * The literal parts of English texts whose Portuguese translation differs: long enough (two words and
     * more) that seeing one on a Portuguese page means an untranslated text, not a shared word.
     */
    static List<String> englishOnlyPhrases() {
        Map<String, String> english = bundle("/vaadin-i18n/translations.properties");
        Map<String, String> portuguese = bundle("/vaadin-i18n/translations_pt_BR.properties");
        return english.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(portuguese.get(entry.getKey())))
                .flatMap(entry -> PLACEHOLDER.splitAsStream(entry.getValue()))
                .map(String::strip)
                .filter(fragment -> fragment.length() >= SHORTEST_PHRASE && fragment.contains(" "))
                .filter(fragment -> !SAME_IN_BOTH.contains(fragment))
                .filter(fragment -> portuguese.values().stream().noneMatch(value -> value.contains(fragment)))
                .distinct()
                .sorted()
                .toList();
    }

    private static Map<String, String> bundle(String path) {
        var properties = new Properties();
        try (InputStream in = PageInspection.class.getResourceAsStream(path)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(name -> name, properties::getProperty));
    }

    private static String resource(String path) {
        try (InputStream in = PageInspection.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
