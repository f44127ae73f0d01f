package app.ponte.meeting.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.RowActionsColumn;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.MeetingKind;
import app.ponte.meeting.MeetingState;
import app.ponte.meeting.MeetingSummary;
import app.ponte.meeting.CalendarFeeds;
import app.ponte.meeting.Meetings;
import app.ponte.meeting.ReviewSeries;
import app.ponte.organisation.ServedOrganisation;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The meetings page: upcoming and past reviews and workshops. The team sees every organisation's (a filter narrows
 * them), moves or cancels a planned one with a reason and plans a workshop; everybody else sees their active
 * organisation's. Each time reads in the viewer's zone, with the organisation's own clock beside it when that
 * differs. Below 600 px each list shows one card per meeting.
 */
@Route("meetings")
@PermitAll
@Menu(order = 16.5, icon = "vaadin:calendar-user", title = "nav.meetings")
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    static final String ORGANISATION_ID = "meetings-organisation";
    static final String UPCOMING_ID = "meetings-upcoming";
    static final String PAST_ID = "meetings-past";
    static final String WORKSHOP_ID = "meetings-plan-workshop";
    static final String CALENDAR_FEED_ID = "meetings-calendar-feed";
    static final String MOVE_PREFIX = "meeting-move-";
    static final String CANCEL_PREFIX = "meeting-cancel-";

    final ComboBox<ServedOrganisation> organisation = new ComboBox<>();
    final Button planWorkshop = new Button();
    /** The chosen organisation's review cadence, for every team member (the organisation editor is admins' only). */
    final Button cadence = new Button();
    /** Everybody's own calendar feed address: calendar apps subscribe to the meetings they attend. */
    final Button calendarFeed = new Button();
    final Grid<MeetingSummary> upcoming = new Grid<>();
    final Grid<MeetingSummary> past = new Grid<>();
    final boolean team;
    @Nullable MeetingChangeDialog changeDialog;
    @Nullable WorkshopDialog workshopDialog;

    private final Meetings meetings;
    private final ReviewSeries reviewSeries;
    private final ViewerTime viewerTime;
    private boolean narrow;

    MeetingsView(Meetings meetings, ReviewSeries reviewSeries, CalendarFeeds calendar, ViewerTime viewerTime,
            CurrentUser currentUser) {
        this.meetings = meetings;
        this.reviewSeries = reviewSeries;
        this.viewerTime = viewerTime;
        this.team = currentUser.require().requireActive().role().seesEveryOrganisation();
        addClassName("meetings-view");
        calendarFeed.setId(CALENDAR_FEED_ID);
        calendarFeed.setText(getTranslation("calendar.feed.title"));
        calendarFeed.setIcon(VaadinIcon.CALENDAR_O.create());
        calendarFeed.addClickListener(e -> new CalendarFeedDialog(calendar, viewerTime).open());
        var heading = new HorizontalLayout(new H2(getTranslation("meeting.list.heading")), calendarFeed);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);
        add(heading);
        if (team) {
            addTeamTools();
        }
        add(new H3(getTranslation("meeting.list.upcoming")), configure(upcoming, UPCOMING_ID,
                team ? "meeting.list.upcoming-none.team" : "meeting.list.upcoming-none"));
        add(new H3(getTranslation("meeting.list.past")), configure(past, PAST_ID, "meeting.list.past-none"));
        NarrowScreen.follow(this, () -> narrow, isNarrow -> {
            narrow = isNarrow;
            NarrowScreen.showCards(upcoming, upcoming.getColumns().getLast(), isNarrow);
            NarrowScreen.showCards(past, past.getColumns().getLast(), isNarrow);
        });
        refresh();
    }

    private void addTeamTools() {
        organisation.setId(ORGANISATION_ID);
        organisation.setLabel(getTranslation("meeting.list.organisation"));
        organisation.setPlaceholder(getTranslation("meeting.list.every-organisation"));
        organisation.setClearButtonVisible(true);
        organisation.setItems(meetings.organisations());
        organisation.setItemLabelGenerator(ServedOrganisation::name);
        organisation.addValueChangeListener(e -> {
            cadence.setEnabled(e.getValue() != null);
            refresh();
        });
        cadence.setText(getTranslation("meeting.cadence.heading"));
        cadence.setEnabled(false);
        cadence.addClickListener(e -> openCadence());
        planWorkshop.setId(WORKSHOP_ID);
        planWorkshop.setText(getTranslation("meeting.workshop.plan"));
        planWorkshop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        planWorkshop.addClickListener(e -> openWorkshopDialog());
        var tools = new HorizontalLayout(organisation, cadence, planWorkshop);
        tools.setAlignItems(Alignment.BASELINE);
        tools.addClassName("meetings-tools");
        add(tools);
    }

    private Grid<MeetingSummary> configure(Grid<MeetingSummary> grid, String id, String emptyKey) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.addColumn(MeetingSummary::organisationName).setHeader(getTranslation("meeting.list.organisation"))
                .setAutoWidth(true);
        grid.addColumn(this::what).setHeader(getTranslation("meeting.list.kind")).setAutoWidth(true);
        grid.addColumn(m -> MeetingTimes.when(this, m, viewerTime, LocalisedFormats.currentLocale()))
                .setHeader(getTranslation("meeting.list.start"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("meeting.list.state"));
        // open, move and cancel side by side: wider than the one menu button the shared column is sized for
        RowActionsColumn.add(grid, this::actions).setWidth(team ? "19rem" : "6rem");
        Grid.Column<MeetingSummary> card = grid.addComponentColumn(this::card)
                .setHeader(getTranslation("meeting.list.heading"));
        card.setVisible(false);
        return grid;
    }

    void refresh() {
        @Nullable Long chosen = organisation.getValue() == null ? null : organisation.getValue().id();
        upcoming.setItems(query -> meetings.upcoming(chosen, toSpringPageRequest(query)).stream());
        past.setItems(query -> meetings.past(chosen, toSpringPageRequest(query)).stream());
    }

    private String what(MeetingSummary meeting) {
        String kind = getTranslation(meeting.kind().labelKey());
        return meeting.kind() == MeetingKind.WORKSHOP && meeting.title() != null ? kind + ": " + meeting.title()
                : kind;
    }

    private Component state(MeetingSummary meeting) {
        var state = new Div();
        var label = new Span(getTranslation(meeting.state().labelKey()));
        label.addClassName("meeting-state");
        label.addClassName("meeting-state-" + meeting.state().name().toLowerCase(java.util.Locale.ROOT));
        state.add(label);
        if (meeting.changeReason() != null) {
            var reason = new Paragraph(getTranslation(meeting.state() == MeetingState.CANCELLED
                    ? "meeting.list.cancelled-because" : "meeting.list.moved-because", meeting.changeReason()));
            reason.addClassName("meeting-reason");
            state.add(reason);
        }
        return state;
    }

    private Component actions(MeetingSummary meeting) {
        var actions = new Div();
        actions.addClassName("meeting-actions");
        actions.add(new Anchor("meetings/" + meeting.id(), getTranslation("meeting.list.open")));
        if (team && meeting.state() == MeetingState.PLANNED) {
            var move = new Button(getTranslation("meeting.move"), e -> openChangeDialog(meeting, false));
            move.setId(MOVE_PREFIX + meeting.id());
            move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var cancel = new Button(getTranslation("meeting.cancel"), e -> openChangeDialog(meeting, true));
            cancel.setId(CANCEL_PREFIX + meeting.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(move, cancel);
        }
        return actions;
    }

    private Component card(MeetingSummary meeting) {
        var card = new Div();
        card.addClassName("meeting-card");
        card.add(new Paragraph(meeting.organisationName() + " · " + what(meeting)));
        card.add(new Paragraph(MeetingTimes.when(this, meeting, viewerTime, LocalisedFormats.currentLocale())));
        card.add(state(meeting), actions(meeting));
        return card;
    }

    void openChangeDialog(MeetingSummary meeting, boolean cancelling) {
        changeDialog = new MeetingChangeDialog(meetings, viewerTime, meeting, cancelling, this::refresh);
        changeDialog.open();
    }

    private void openCadence() {
        if (organisation.getValue() == null || !reviewSeries.reviewed(organisation.getValue().id())) {
            return;
        }
        var dialog = new com.vaadin.flow.component.dialog.Dialog(new CadenceForm(reviewSeries,
                organisation.getValue().id()));
        dialog.setHeaderTitle(organisation.getValue().name());
        dialog.setWidth("40rem");
        dialog.addDialogCloseActionListener(e -> {
            dialog.close();
            refresh();
        });
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> {
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private void openWorkshopDialog() {
        workshopDialog = new WorkshopDialog(meetings, viewerTime, organisation.getValue(), this::refresh);
        workshopDialog.open();
    }

    /** The first rows the list shows (what a test reads). */
    List<MeetingSummary> shownUpcoming() {
        return firstRows(upcoming);
    }

    List<MeetingSummary> shownPast() {
        return firstRows(past);
    }

    private static List<MeetingSummary> firstRows(Grid<MeetingSummary> grid) {
        return grid.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, List.of(), null, null))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.list.title");
    }
}
