package app.ponte.sla.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.sla.BusinessCalendars;
import app.ponte.sla.CalendarSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The business calendars: working hours in a zone, holidays, an import of holidays from an ICS file. One card per
 * calendar (name, zone, working week, holidays), narrow enough for a phone; admins open it to edit, the team to
 * read.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // a fresh section for every page it is shown on
class CalendarsSection extends VerticalLayout {

    final Grid<CalendarSummary> grid = new Grid<>();
    final Button create = new Button();
    final CalendarEditor editor;
    private final BusinessCalendars calendars;
    private final ViewerTime viewerTime;
    private final boolean admin;

    CalendarsSection(BusinessCalendars calendars, CurrentUser currentUser, ViewerTime viewerTime) {
        this.calendars = calendars;
        this.viewerTime = viewerTime;
        this.admin = currentUser.require().requireActive().role() == Role.ADMIN;
        setPadding(false);
        addClassName("calendars-section");
        var intro = new Paragraph(getTranslation(admin ? "calendar.intro.admin" : "calendar.intro.team"));
        create.setText(getTranslation("calendar.create"));
        create.setId("calendar-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(admin);
        editor = new CalendarEditor(calendars, admin, this::refresh);
        create.addClickListener(e -> editor.editNew(viewerTime.zone()));
        grid.setId("calendars");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(admin ? "calendar.none.admin" : "calendar.none.team"));
        grid.addComponentColumn(this::card).setHeader(getTranslation("calendar.list"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(intro, create, grid);
        refresh();
    }

    private Div card(CalendarSummary calendar) {
        var name = new Span(calendar.name());
        name.addClassName("calendar-card-name");
        var zone = new Span(calendar.zone().getId());
        zone.addClassName("calendar-card-zone");
        var week = new Span(WeekSummary.of(calendar.periods(), getLocale()));
        week.addClassName("calendar-card-week");
        var holidays = new Span(getTranslation("calendar.holiday-count", calendar.holidays()));
        var open = new Button(getTranslation(admin ? "calendar.open-edit" : "calendar.open-view"),
                e -> open(calendar));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setAriaLabel(getTranslation(admin ? "calendar.edit" : "calendar.view", calendar.name()));
        var card = new Div(name, zone, week, holidays, open);
        card.addClassName("calendar-card");
        return card;
    }

    private void open(CalendarSummary calendar) {
        editor.edit(calendars.calendar(calendar.id()));
    }

    private void refresh() {
        grid.setItems(calendars.list());
    }
}
