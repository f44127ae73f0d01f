package app.ponte.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * List or timeline: two toggle buttons in a labelled group, each saying whether it is the one shown
 * ({@code aria-pressed}). Not a tab list: the roadmap's content is not a set of tab panels, and a tab list must
 * hold nothing but tabs (axe's {@code aria-required-children}).
 */
class ViewSwitch extends Div {

    final Button list = new Button();
    final Button timeline = new Button();
    private Runnable changed = () -> { };

    ViewSwitch() {
        addClassName("roadmap-view-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("roadmap.view-switch"));
        list.setText(getTranslation("roadmap.tab.list"));
        list.setId("roadmap-tab-list");
        timeline.setText(getTranslation("roadmap.tab.timeline"));
        timeline.setId("roadmap-tab-timeline");
        list.addClickListener(e -> show(false));
        timeline.addClickListener(e -> show(true));
        add(list, timeline);
        mark(false);
    }

    void onChange(Runnable listener) {
        this.changed = listener;
    }

    /** Whether the timeline is shown (otherwise the list). */
    boolean timeline() {
        return Boolean.parseBoolean(timeline.getElement().getAttribute("aria-pressed"));
    }

    void show(boolean onTimeline) {
        if (onTimeline != timeline()) {
            mark(onTimeline);
            changed.run();
        }
    }

    private void mark(boolean onTimeline) {
        list.getElement().setAttribute("aria-pressed", String.valueOf(!onTimeline));
        timeline.getElement().setAttribute("aria-pressed", String.valueOf(onTimeline));
        list.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        timeline.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        (onTimeline ? timeline : list).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
}
