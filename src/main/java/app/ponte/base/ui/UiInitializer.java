package app.ponte.base.ui;

import app.ponte.base.TranslationProvider;
import app.ponte.security.CurrentUser;
import app.ponte.security.PonteUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Sets up every new session and UI: Ponte's error handler, the organisation each page is opened in
 * ({@link PageOrganisation}), and the language. A signed-in person sees Ponte in the language of their
 * profile; everybody else in the browser's language when we speak it (Vaadin's own choice among our
 * locales), English otherwise. The page's {@code <html lang>} says the same language, so that screen
 * readers, hyphenation and the browser's own texts follow it.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final PageOrganisation pages;

    UiInitializer(CurrentUser currentUser, PageOrganisation pages) {
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit ->
                sessionInit.getSession().setErrorHandler(new UnexpectedErrorHandler()));
        event.getSource().addUIInitListener(uiInit -> {
            currentUser.get()
                    .ifPresent(user -> uiInit.getUI().setLocale(TranslationProvider.fromTag(user.languageTag())));
            uiInit.getUI().addBeforeEnterListener(enter -> pages.opened(enter.getUI()));
            uiInit.getUI().addAfterNavigationListener(after -> ComponentTexts.localiseAll(after.getLocationChangeEvent()
                    .getUI()));
        });
        event.addIndexHtmlRequestListener(page -> setPageLanguage(page.getDocument(), currentUser.get(),
                page.getVaadinRequest().getLocale()));
    }

    /** Writes the viewer's language into {@code <html lang>}: the profile's for a signed-in person, else the browser's. */
    static void setPageLanguage(Document page, Optional<PonteUser> user, Locale browser) {
        Locale shown = user.map(u -> TranslationProvider.fromTag(u.languageTag()))
                .orElseGet(() -> TranslationProvider.fromTag(TranslationProvider.choiceFor(browser)));
        var html = page.selectFirst("html");
        if (html != null) {
            html.attr("lang", shown.toLanguageTag());
        }
    }
}
