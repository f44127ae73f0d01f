package app.ponte.base.ui;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/**
 * How a form runs a change: input the service refuses is shown, translated, on the field it concerns (by the
 * service's field name, or on the fallback field), and a change somebody else saved meanwhile gets the form's
 * own reaction (reload what changed, say so). What was typed stays in the fields either way.
 */
public final class FieldRefusals {

    private final Map<String, ? extends HasValidation> fields;
    private final HasValidation fallback;
    private Runnable changedMeanwhile = () -> {
    };

    public FieldRefusals(Map<String, ? extends HasValidation> fields, HasValidation fallback) {
        this.fields = fields;
        this.fallback = fallback;
    }

    /** What the form does when the record was changed by somebody else since it was loaded. */
    public FieldRefusals whenChangedMeanwhile(Runnable reaction) {
        this.changedMeanwhile = reaction;
        return this;
    }

    /** Clears the previous refusals and runs the change; true when it was saved. */
    public boolean attempt(Runnable change) {
        fields.values().forEach(field -> field.setInvalid(false));
        fallback.setInvalid(false);
        try {
            change.run();
            return true;
        } catch (RejectedInputException e) {
            show(e);
        } catch (ConcurrentEditException e) {
            changedMeanwhile.run();
        }
        return false;
    }

    /** Shows one refusal on its field. */
    public void show(RejectedInputException refusal) {
        HasValidation field = fields.getOrDefault(refusal.field(), null);
        HasValidation target = field == null ? fallback : field;
        target.setErrorMessage(Translations.of(refusal));
        target.setInvalid(true);
    }
}
