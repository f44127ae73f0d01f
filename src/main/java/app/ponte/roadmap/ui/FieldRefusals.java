package app.ponte.roadmap.ui;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * How the roadmap dialogs run a change: refused input is shown, translated, on the field it concerns (by the
 * service's field name), a concurrent change in the message line; what was typed stays in the fields.
 */
final class FieldRefusals {

    private final Map<String, HasValidation> fields;
    private final HasValidation fallback;
    private final Span message;

    FieldRefusals(Map<String, HasValidation> fields, HasValidation fallback, Span message) {
        this.fields = fields;
        this.fallback = fallback;
        this.message = message;
    }

    /** Runs the change; true when it was saved. */
    boolean attempt(Runnable change) {
        message.setText("");
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            change.run();
            return true;
        } catch (RejectedInputException e) {
            HasValidation field = fields.getOrDefault(e.field(), fallback);
            field.setErrorMessage(message.getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            message.setText(message.getTranslation("roadmap.changed-meanwhile"));
        }
        return false;
    }
}
