package app.ponte.meeting.ui;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.ActionItems;
import app.ponte.meeting.Agendas;
import app.ponte.meeting.CalendarFeeds;
import app.ponte.meeting.MeetingKind;
import app.ponte.meeting.MeetingPage;
import app.ponte.meeting.MeetingPages;
import app.ponte.meeting.Minutes;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.OrganisationScope;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One meeting: who with, what kind, when (in the viewer's zone and language, and the organisation's local time when
 * it differs), its state and the reason it was moved or cancelled; the agenda, the minutes, the decisions or needs
 * found, the action items. The services decide who may see it (another organisation's id is "not found") and check
 * every action again; the page only hides what the reader cannot do.
 */
@Route("meetings/:id([0-9]{1,18})")
@PermitAll
class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String HOLD_ID = "meeting-hold";
    /** Where the calendar file's download button goes (wired by the calendar feature). */
    static final String ICS_SLOT_ID = "meeting-ics";

    final H2 heading = new H2();
    final Paragraph when = new Paragraph();
    final Paragraph state = new Paragraph();
    final Div icsSlot = new Div();
    final Button hold = new Button();
    final AgendaPanel agenda;
    final MinutesPanel minutesPanel;
    final OutcomesPanel outcomes;
    final ActionItemGrid items;
    final ActionItemForm itemForm;

    private final MeetingPages pages;
    private final Agendas agendas;
    private final ViewerTime viewerTime;
    private final CalendarFeeds calendar;
    private MeetingPage shown;

    MeetingView(MeetingPages pages, Agendas agendas, Minutes minutes, ActionItems actionItems,
            CalendarFeeds calendar, ViewerTime viewerTime, OrganisationScope scope) {
        this.pages = pages;
        this.calendar = calendar;
        this.agendas = agendas;
        this.viewerTime = viewerTime;
        addClassName("meeting-page");
        boolean team = scope.seesEveryOrganisation();
        icsSlot.setId(ICS_SLOT_ID);
        hold.setId(HOLD_ID);
        hold.setText(getTranslation("meeting.hold"));
        hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        hold.addClickListener(click -> hold());
        agenda = new AgendaPanel(agendas, this::reload);
        minutesPanel = new MinutesPanel(minutes, viewerTime, team, id -> pages.page(id));
        outcomes = new OutcomesPanel(minutes, this::reload);
        items = new ActionItemGrid(actionItems, team, false, this::reload);
        items.setAllRowsVisible(true);
        items.setEmptyStateText(getTranslation("meeting.items.meeting.none"));
        itemForm = new ActionItemForm(actionItems, this::reload);
        var actions = new HorizontalLayout(icsSlot, hold);
        actions.addClassName("meeting-actions");
        add(heading, when, state, actions, agenda, minutesPanel, outcomes,
                new H3(getTranslation("meeting.items.meeting")), items, itemForm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meetingId = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            show(pages.page(meetingId));
        } catch (NotFoundInScopeException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void reload() {
        show(pages.page(shown.id()));
    }

    private void show(MeetingPage page) {
        this.shown = page;
        heading.setText(title(page));
        icsSlot.removeAll();
        icsSlot.add(new MeetingIcsDownload(calendar, page.id()));
        var zone = viewerTime.zone();
        String time = getTranslation("meeting.when", viewerTime.moment(page.startsAt(), getLocale()),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                        .format(page.endsAt().atZone(zone)));
        if (!page.organisationZone().getRules().getOffset(page.startsAt())
                .equals(zone.getRules().getOffset(page.startsAt()))) {
            time = getTranslation("meeting.when.local", time, page.organisationName(),
                    ViewerTime.moment(page.startsAt(), page.organisationZone(), getLocale()));
        }
        when.setText(time);
        state.removeAll();
        state.add(new Span(getTranslation(page.kind().labelKey()) + " · "));
        var label = new Span(getTranslation(page.state().labelKey()));
        label.addClassName("meeting-state");
        label.addClassName("meeting-state-" + page.state().name().toLowerCase(Locale.ROOT));
        state.add(label);
        if (page.changeReason() != null) {
            state.add(new Span(" " + getTranslation("meeting.reason", page.changeReason())));
        }
        hold.setVisible(page.viewer().mayHold());
        agenda.show(page);
        minutesPanel.show(page);
        outcomes.show(page);
        items.setItems(page.actionItems());
        itemForm.show(page.id(), page.viewer().team());
    }

    private String title(MeetingPage page) {
        if (page.kind() == MeetingKind.WORKSHOP && page.title() != null) {
            return getTranslation("meeting.heading.workshop", page.title(), page.organisationName());
        }
        return getTranslation("meeting.heading.review", page.organisationName());
    }

    private void hold() {
        try {
            agendas.hold(shown.id(), shown.version());
            Toasts.done(getTranslation("meeting.held"));
        } catch (ConcurrentEditException e) {
            Toasts.failed(getTranslation("meeting.changed-meanwhile"));
        } catch (RejectedInputException e) {
            Toasts.failed(getTranslation(e.messageKey(), e.arguments()));
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("meeting.title.none") : title(shown);
    }
}
