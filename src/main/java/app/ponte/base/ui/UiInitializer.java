package app.ponte.base.ui;

import app.ponte.base.TranslationProvider;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sets up every new session and UI: Ponte's error handler, the organisation each page is opened in
 * ({@link PageOrganisation}), and the language. A signed-in person sees Ponte in the language of their
 * profile; everybody else in the browser's language when we speak it (Vaadin's own choice among our
 * locales), English otherwise.
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
        });
    }
}
