package app.ponte.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The confirmation next to the button one pressed ("Message posted.", "Saved."), where the person acted, so
 * that a phone's small window shows it too: read out by screen readers (a status), kept until the next change
 * or action of the same form.
 */
public class SavedNote extends Span {

    public SavedNote(String id) {
        setId(id);
        addClassName("saved-note");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    public void say(String text) {
        setText(text);
        setVisible(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }
}
