package app.ponte.meeting.ui;

import app.ponte.base.NotificationLine;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.meeting.AgendaLine;
import app.ponte.meeting.AgendaSection;
import app.ponte.meeting.Agendas;
import app.ponte.meeting.MeetingPage;
import app.ponte.meeting.MeetingState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Map;

/**
 * The agenda: its sections with their points read in the viewer's language (links into Ponte where a point has
 * one), live while the meeting is planned and frozen once held; the form to add a point before the meeting.
 */
class AgendaPanel extends VerticalLayout {

    static final String POINT_ID = "meeting-new-point";

    final TextField point = new TextField();
    final Button addPoint = new Button();
    private final Div sections = new Div();
    private final HorizontalLayout form;
    private final Paragraph explanation = new Paragraph();
    private final Agendas agendas;
    private final Runnable changed;
    private long meetingId;

    AgendaPanel(Agendas agendas, Runnable changed) {
        this.agendas = agendas;
        this.changed = changed;
        setPadding(false);
        addClassName("meeting-agenda");
        point.setId(POINT_ID);
        point.setLabel(getTranslation("meeting.agenda.new-point"));
        point.setMaxLength(1000);
        point.setWidthFull();
        addPoint.setText(getTranslation("meeting.agenda.add"));
        addPoint.addClickListener(click -> add());
        form = new HorizontalLayout(point, addPoint);
        form.setWidthFull();
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("meeting.agenda.heading")), explanation, sections, form);
    }

    void show(MeetingPage page) {
        meetingId = page.id();
        explanation.setText(getTranslation(page.state() == MeetingState.HELD ? "meeting.agenda.frozen"
                : "meeting.agenda.live"));
        sections.removeAll();
        if (page.agenda().isEmpty()) {
            sections.add(new Paragraph(getTranslation("meeting.agenda.none")));
        }
        for (AgendaSection section : page.agenda()) {
            var list = new UnorderedList();
            section.lines().forEach(line -> list.add(new ListItem(line(line))));
            sections.add(new H4(getTranslation(section.headingKey())), list);
        }
        form.setVisible(page.viewer().mayAddPoint());
    }

    private Component line(AgendaLine line) {
        String text = new NotificationLine(0, line.messageKey(), line.arguments(), "", Instant.EPOCH, true)
                .text(this::getTranslation);
        return line.link() == null ? new Div(text) : new Anchor(line.link(), text);
    }

    private void add() {
        var refusals = new FieldRefusals(Map.of("point", point), point);
        if (refusals.attempt(() -> agendas.addPoint(meetingId, point.getValue()))) {
            point.clear();
            Toasts.done(getTranslation("meeting.agenda.added-toast"));
            changed.run();
        }
    }
}
