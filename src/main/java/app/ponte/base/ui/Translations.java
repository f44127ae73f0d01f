package app.ponte.base.ui;

import app.ponte.base.RejectedInputException;
import com.vaadin.flow.component.UI;

/** Translated text outside a component (helpers shared by the views), in the current UI's language. */
final class Translations {

    private Translations() {
    }

    static String of(RejectedInputException refusal) {
        return UI.getCurrent().getTranslation(refusal.messageKey(), refusal.arguments());
    }
}
