package app.ponte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's sections, one shown at a time, picked with toggle buttons in a labelled group, each saying whether its
 * section is the one shown ({@code aria-pressed}). Not a tab sheet: Vaadin's tab sheet puts more than tabs into its
 * tab list, which assistive technology (and axe's {@code aria-required-children}) refuses.
 */
public class SectionSwitch extends Div {

    private final Div buttons = new Div();
    private final Div shown = new Div();
    private final List<Button> switches = new ArrayList<>();
    private final List<Component> sections = new ArrayList<>();
    private int current = -1;

    /** @param label what the group of buttons is called for a screen reader, translated */
    public SectionSwitch(String label) {
        addClassName("section-switch");
        buttons.addClassName("section-switch-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", label);
        shown.addClassName("section-switch-content");
        add(buttons, shown);
    }

    /** Adds a section and its button; the first one added is shown. */
    public Button add(String text, Component section) {
        int index = switches.size();
        Button button = new Button(text, click -> show(index));
        switches.add(button);
        sections.add(section);
        buttons.add(button);
        section.setVisible(false);
        shown.add(section);
        if (current < 0) {
            show(0);
        } else {
            mark();
        }
        return button;
    }

    public void show(int index) {
        if (index == current) {
            return;
        }
        if (current >= 0) {
            sections.get(current).setVisible(false);
        }
        current = index;
        sections.get(index).setVisible(true);
        mark();
    }

    public int shownIndex() {
        return current;
    }

    private void mark() {
        for (int i = 0; i < switches.size(); i++) {
            Button button = switches.get(i);
            button.getElement().setAttribute("aria-pressed", String.valueOf(i == current));
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (i == current) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }
}
