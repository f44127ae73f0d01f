package app.ponte.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.sla.CalendarSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The calendars tab of the SLA page: admins create and edit, the team reads. */
class CalendarsSectionTest extends UiTest {

    @Test
    void saving_a_calendar_closes_it_and_says_so_in_a_toast_like_saving_a_plan() {
        signInAs("admin@ponte.test");
        CalendarsSection section = section();
        String name = "Toast hours " + UUID.randomUUID().toString().substring(0, 6);
        test(section.create).click();
        roundTrip();
        test(section.editor.name).setValue(name);

        test(section.editor.save).click();

        assertThat(section.editor.isOpened()).isFalse();
        assertThat(lastToast()).isEqualTo("Calendar " + name + " created. Open it again to add its holidays.");
        int row = IntStream.range(0, test(section.grid).size())
                .filter(i -> test(section.grid).getRow(i).name().equals(name)).findFirst().orElseThrow();
        test(section.grid).clickRow(row);
        roundTrip();
        test(section.editor.name).setValue(name + " changed");

        test(section.editor.save).click();

        assertThat(section.editor.isOpened()).isFalse();
        assertThat(lastToast()).isEqualTo("Calendar " + name + " changed saved.");
    }

    @Test
    void an_empty_calendar_list_says_why_it_is_empty_to_admins_and_to_the_team() {
        signInAs("admin@ponte.test");
        assertThat(section().grid.getEmptyStateText())
                .isEqualTo("No business calendars yet. Plans count their targets on a calendar: create one with “New calendar”.");
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        signInAs("lead@ponte.test");
        CalendarsSection section = section();

        assertThat(section.grid.getEmptyStateText())
                .isEqualTo("No business calendars yet. Administrators create them; plans count their targets on them.");
        test(section.grid).clickRow(0);
        roundTrip();
        assertThat(section.editor.holidays.grid.getEmptyStateText())
                .isEqualTo("No holidays: every working day of the year counts.");
    }

    @Test
    void an_admin_creates_a_calendar_and_sees_it_in_the_list_with_its_week() {
        signInAs("admin@ponte.test");
        CalendarsSection section = section();
        String name = "Porto hours " + UUID.randomUUID().toString().substring(0, 6);

        test(section.create).click();
        roundTrip();
        test(section.editor.name).setValue(name);
        section.editor.zone.setValue("Europe/Lisbon");
        test(section.editor.save).click();

        assertThat(section.editor.isOpened()).isFalse();
        CalendarSummary listed = rows(section.grid).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(WeekSummary.of(listed.periods(), java.util.Locale.ENGLISH)).isEqualTo("Mon–Fri 09:00–18:00");
    }

    @Test
    void the_team_reads_a_calendar_without_any_button_that_changes_it() {
        signInAs("admin@ponte.test");
        CalendarsSection asAdmin = section();
        String name = "Read only " + UUID.randomUUID().toString().substring(0, 6);
        test(asAdmin.create).click();
        roundTrip();
        test(asAdmin.editor.name).setValue(name);
        test(asAdmin.editor.save).click();
        asAdmin.editor.close();

        com.vaadin.flow.component.UI.getCurrent().navigate(""); // leave the page: the team's one is built anew
        signInAs("lead@ponte.test");
        CalendarsSection section = section();
        assertThat(section.create.isVisible()).isFalse();
        int row = IntStream.range(0, test(section.grid).size())
                .filter(i -> test(section.grid).getRow(i).name().equals(name)).findFirst().orElseThrow();
        test(section.grid).clickRow(row);
        roundTrip();

        assertThat(section.editor.isOpened()).isTrue();
        assertThat(section.editor.save.isVisible()).isFalse();
        assertThat(section.editor.name.isReadOnly()).isTrue();
        assertThat(section.editor.days.get(DayOfWeek.MONDAY).addPeriod.isVisible()).isFalse();
        assertThat(section.editor.days.get(DayOfWeek.MONDAY).rows.getFirst().start().isReadOnly()).isTrue();
        assertThat(section.editor.holidays.add.isAttached()).isFalse();
        assertThat(section.editor.holidays.upload.isAttached()).isFalse();
    }

    @Test
    void an_overlap_is_refused_under_its_day_and_what_was_typed_stays() {
        signInAs("admin@ponte.test");
        CalendarsSection section = section();
        String name = "Overlapping " + UUID.randomUUID().toString().substring(0, 6);
        test(section.create).click();
        roundTrip();
        test(section.editor.name).setValue(name);
        DayHours tuesday = section.editor.days.get(DayOfWeek.TUESDAY);
        test(tuesday.addPeriod).click();
        tuesday.rows.get(1).start().setValue(LocalTime.of(17, 0));
        tuesday.rows.get(1).end().setValue(LocalTime.of(20, 0));

        test(section.editor.save).click();

        assertThat(tuesday.isInvalid()).isTrue();
        assertThat(tuesday.error.getText()).isEqualTo("Two periods of this day overlap.");
        assertThat(tuesday.error.isVisible()).isTrue();
        assertThat(section.editor.days.get(DayOfWeek.MONDAY).isInvalid()).isFalse();
        assertThat(section.editor.isOpened()).isTrue();
        assertThat(section.editor.name.getValue()).isEqualTo(name);
        assertThat(tuesday.rows).hasSize(2);
        assertThat(rows(section.grid)).noneMatch(c -> c.name().equals(name));
    }

    private CalendarsSection section() {
        SlaView view = navigate(SlaView.class);
        view.tabs.show(1);
        return find(CalendarsSection.class).single();
    }

    private String lastToast() {
        return find(Notification.class).last().getElement().getProperty("text", "");
    }

    private List<CalendarSummary> rows(Grid<CalendarSummary> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(rows::getRow).toList();
    }
}
