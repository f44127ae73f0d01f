package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.PonteUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page's {@code <html lang>} names the language the page is in. */
class PageLanguageTest {

    @Test
    void a_signed_in_person_gets_their_profiles_language_whatever_the_browser_says() {
        Document page = page();
        UiInitializer.setPageLanguage(page, Optional.of(person("pt-BR")), Locale.US);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("pt-BR");

        UiInitializer.setPageLanguage(page, Optional.of(person("en-GB")), Locale.forLanguageTag("pt-BR"));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    }

    @Test
    void somebody_not_signed_in_gets_the_browsers_language_when_we_speak_it_and_english_otherwise() {
        Document page = page();
        UiInitializer.setPageLanguage(page, Optional.empty(), Locale.forLanguageTag("pt-PT"));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("pt-BR");

        UiInitializer.setPageLanguage(page, Optional.empty(), Locale.GERMANY);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    }

    private static Document page() {
        return Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head></head><body></body></html>");
    }

    private static PonteUser person(String language) {
        return new PonteUser(1, "p@ponte.test", "", true, "P", language, "UTC", List.of(), null);
    }
}
