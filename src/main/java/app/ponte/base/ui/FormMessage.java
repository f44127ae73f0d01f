package app.ponte.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A form's own line for what no single field owns: a refusal of the whole change (the fallback of
 * {@link FieldRefusals}), or the news that somebody saved meanwhile. Hidden while there is nothing to say.
 */
public class FormMessage extends Paragraph implements HasValidation {

    private boolean invalid;

    public FormMessage() {
        addClassName("conflict");
        setVisible(false);
    }

    /** Shows a text that is no refusal (e.g. what is saved now). */
    public void say(String text) {
        setText(text);
        setVisible(true);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
