package app.ponte.request.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The confirmation next to the button one pressed ("Message posted."), besides the page's toast: read out by
 * screen readers (a status), kept until the next action of the same part.
 */
class SavedNote extends Span {

    SavedNote(String id) {
        setId(id);
        addClassName("saved-note");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void say(String text) {
        setText(text);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
