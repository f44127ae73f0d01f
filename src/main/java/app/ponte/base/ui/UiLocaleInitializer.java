package app.ponte.base.ui;

import app.ponte.base.TranslationProvider;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A signed-in person sees Ponte in the language of their profile; everybody else in the browser's
 * language when we speak it (Vaadin's own choice among our locales), English otherwise.
 */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UiLocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> currentUser.get()
                .ifPresent(user -> uiInit.getUI().setLocale(TranslationProvider.fromTag(user.languageTag()))));
    }
}
