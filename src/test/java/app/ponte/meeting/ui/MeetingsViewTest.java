package app.ponte.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.MeetingKind;
import app.ponte.meeting.MeetingState;
import app.ponte.meeting.MeetingSummary;
import app.ponte.meeting.Meetings;
import app.ponte.meeting.ReviewSeries;
import app.ponte.meeting.SeriesDraft;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.ReviewCadence;
import app.ponte.organisation.ServedOrganisation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The meetings page and the cadence form of the organisation editor, without a browser. */
class MeetingsViewTest extends UiTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    Meetings meetings;
    @Autowired
    ReviewSeries reviewSeries;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    ViewerTime viewerTime;

    @Test
    void a_client_sees_only_its_own_organisations_meetings_and_no_team_tools() {
        signInAs("ana@aurora.test");
        MeetingsView view = navigate(MeetingsView.class);

        assertThat(view.team).isFalse();
        assertThat(view.organisation.isAttached()).isFalse();
        assertThat(view.planWorkshop.isAttached()).isFalse();
        assertThat(view.shownUpcoming()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.organisationName()).isEqualTo("Aurora Commerce"));
        assertThat(view.shownPast()).allSatisfy(m -> assertThat(m.organisationName()).isEqualTo("Aurora Commerce"));
    }

    @Test
    void the_team_sees_every_organisation_and_narrows_the_list_to_one() {
        signInAs("lead@ponte.test");
        MeetingsView view = navigate(MeetingsView.class);
        assertThat(view.shownUpcoming()).extracting(MeetingSummary::organisationName)
                .contains("Aurora Commerce", "Meridian Bank");

        ServedOrganisation meridian = view.organisation.getListDataView().getItems()
                .filter(o -> o.name().equals("Meridian Bank")).findFirst().orElseThrow();
        test(view.organisation).selectItem("Meridian Bank");

        assertThat(view.organisation.getValue()).isEqualTo(meridian);
        assertThat(view.cadence.isEnabled()).as("the review cadence of the chosen organisation").isTrue();
        assertThat(view.shownUpcoming()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.organisationName()).isEqualTo("Meridian Bank"));
    }

    @Test
    void the_move_dialog_refuses_a_time_in_the_past_on_its_field_keeps_the_reason_then_moves() {
        long client = fixtures.organisationId(fixtures.newClient());
        signInAs("lead@ponte.test");
        reviewSeries.save(client, new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null,
                LocalTime.of(10, 0), 60, LocalDate.now(NEW_YORK), true, Set.of(fixtures.accountId("lead@ponte.test")),
                false), null);
        MeetingSummary next = meetings.upcoming(client, PageRequest.of(0, 1)).getContent().getFirst();
        MeetingsView view = navigate(MeetingsView.class);

        view.openChangeDialog(next, false);
        roundTrip();
        MeetingChangeDialog dialog = view.changeDialog;
        assertThat(dialog).isNotNull();
        dialog.start.setValue(LocalDateTime.now(viewerTime.zone()).minusDays(1));
        test(dialog.reason).setValue("The client asked for an earlier slot");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.start.isInvalid()).isTrue();
        assertThat(dialog.start.getErrorMessage()).isNotBlank();
        assertThat(dialog.reason.getValue()).isEqualTo("The client asked for an earlier slot");

        LocalDateTime later = LocalDateTime.ofInstant(next.start().plus(Duration.ofHours(2)), viewerTime.zone());
        dialog.start.setValue(later);
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        MeetingSummary moved = meetings.summary(next.id());
        assertThat(moved.start()).isEqualTo(next.start().plus(Duration.ofHours(2)));
        assertThat(moved.changeReason()).isEqualTo("The client asked for an earlier slot");
        assertThat(moved.state()).isEqualTo(MeetingState.PLANNED);
        assertThat(moved.kind()).isEqualTo(MeetingKind.REVIEW);
    }

    @Test
    void the_cancel_dialog_tells_a_change_made_meanwhile_and_keeps_the_reason() {
        long client = fixtures.organisationId(fixtures.newClient());
        signInAs("lead@ponte.test");
        reviewSeries.save(client, new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null,
                LocalTime.of(10, 0), 60, LocalDate.now(NEW_YORK), true, Set.of(), false), null);
        MeetingSummary next = meetings.upcoming(client, PageRequest.of(0, 1)).getContent().getFirst();
        MeetingsView view = navigate(MeetingsView.class);
        view.openChangeDialog(next, true);
        roundTrip();
        meetings.move(next.id(), next.start().plus(Duration.ofHours(1)), "Moved by a colleague", next.version());

        MeetingChangeDialog dialog = view.changeDialog;
        test(dialog.reason).setValue("Nobody can come");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.message.isVisible()).isTrue();
        assertThat(dialog.reason.getValue()).isEqualTo("Nobody can come");
        test(dialog.confirm).click();
        assertThat(meetings.summary(next.id()).state()).isEqualTo(MeetingState.CANCELLED);
    }

    @Test
    void the_cadence_form_proposes_the_shared_hour_and_refuses_an_early_time_until_it_is_confirmed() {
        long client = fixtures.organisationId(fixtures.newClient());
        signInAs("admin@ponte.test");
        navigate(MeetingsView.class);
        var form = new CadenceForm(reviewSeries, client);
        com.vaadin.flow.component.UI.getCurrent().add(form);

        form.cadence.setValue(ReviewCadence.WEEKLY);
        form.day.setValue(DayOfWeek.TUESDAY);
        assertThat(form.useProposed.isVisible()).isTrue();
        test(form.useProposed).click();
        assertThat(form.time.getValue()).isEqualTo(LocalTime.of(9, 0));

        form.time.setValue(LocalTime.of(7, 0));
        test(form.save).click();
        assertThat(form.time.isInvalid()).isTrue();
        assertThat(reviewSeries.series(client).seriesId()).isNull();

        test(form.outsideWorkingHours).click();
        test(form.save).click();
        assertThat(reviewSeries.series(client).draft().localTime()).isEqualTo(LocalTime.of(7, 0));
    }
}
