package app.ponte.meeting.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.meeting.MeetingPage;
import app.ponte.meeting.Minutes;
import app.ponte.meeting.OutcomeKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** A review's decisions, or a workshop's needs found, as written; the team adds and takes them out. */
class OutcomesPanel extends VerticalLayout {

    static final String OUTCOME_ID = "meeting-new-outcome";

    final TextField outcome = new TextField();
    final Button add = new Button();
    private final H3 heading = new H3();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final HorizontalLayout form;
    private final Minutes minutes;
    private final Runnable changed;
    private boolean team;
    private long meetingId;

    OutcomesPanel(Minutes minutes, Runnable changed) {
        this.minutes = minutes;
        this.changed = changed;
        setPadding(false);
        addClassName("meeting-outcomes");
        outcome.setId(OUTCOME_ID);
        outcome.setWidthFull();
        outcome.setMaxLength(1000);
        add.addClickListener(click -> addOutcome());
        form = new HorizontalLayout(outcome, add);
        form.setWidthFull();
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, none, list, form);
    }

    void show(MeetingPage page) {
        meetingId = page.id();
        team = page.viewer().team();
        boolean needs = page.outcomeKind() == OutcomeKind.NEED;
        heading.setText(getTranslation(needs ? "meeting.needs.heading" : "meeting.decisions.heading"));
        none.setText(getTranslation(needs ? "meeting.needs.none" : "meeting.decisions.none"));
        none.setVisible(page.outcomes().isEmpty());
        outcome.setLabel(getTranslation(needs ? "meeting.needs.new" : "meeting.decisions.new"));
        add.setText(getTranslation("meeting.outcome.add"));
        list.removeAll();
        page.outcomes().forEach(written -> list.add(item(written)));
        form.setVisible(team);
    }

    private ListItem item(MeetingPage.Outcome written) {
        var item = new ListItem(new Span(written.text()));
        if (team) {
            var remove = new Button(getTranslation("meeting.outcome.remove"), click -> {
                minutes.removeOutcome(written.id());
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("meeting.outcome.remove-named", written.text()));
            item.add(new Span(" "), remove);
        }
        return item;
    }

    private void addOutcome() {
        var refusals = new FieldRefusals(Map.of("outcome", outcome), outcome);
        if (refusals.attempt(() -> minutes.addOutcome(meetingId, outcome.getValue()))) {
            outcome.clear();
            changed.run();
        }
    }
}
