package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.audit.AdministrativeChange;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.ReviewCadence;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@H2Test
@RecordApplicationEvents
class ReviewSeriesTest extends SignedInServiceTest {

    static final String ADMIN = "admin@ponte.test";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    ReviewSeries reviewSeries;
    @Autowired
    Meetings meetings;
    @Autowired
    Organisations organisations;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    ApplicationEvents events;
    @Autowired
    OccurrenceRounds rounds;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A client of its own (New York, no plan: office hours) with one member, and the team lead, as attendees. */
    private long newClient() {
        return fixtures.organisationId(fixtures.newClient());
    }

    private Set<Long> attendees(long organisationId) {
        return as(ADMIN, () -> reviewSeries.attendeeChoices(organisationId)).stream()
                .filter(p -> p.displayName().equals("Lucas Lead")).map(MeetingPerson::accountId)
                .collect(Collectors.toSet());
    }

    private static SeriesDraft weeklyTuesdayTen(Set<Long> attendees) {
        return new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), 60,
                LocalDate.now(NEW_YORK).minusWeeks(1), true, attendees, false);
    }

    private List<MeetingSummary> upcoming(long organisationId) {
        return as(ADMIN, () -> meetings.upcoming(organisationId, PageRequest.of(0, 50)).getContent());
    }

    @Test
    void the_demo_reviews_aurora_on_tuesdays_at_ten_in_new_york_with_ana_and_the_lead() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        SeriesDetails details = as("ana@aurora.test", () -> reviewSeries.series(aurora));

        assertThat(details.seriesId()).isNotNull();
        assertThat(details.draft().cadence()).isEqualTo(ReviewCadence.WEEKLY);
        assertThat(details.draft().dayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(details.zone()).isEqualTo(NEW_YORK);
        assertThat(details.draft().attendeeIds()).containsExactlyInAnyOrder(fixtures.accountId("ana@aurora.test"),
                fixtures.accountId("lead@ponte.test"));
        assertThat(upcoming(aurora)).filteredOn(m -> m.kind() == MeetingKind.REVIEW).isNotEmpty().allSatisfy(m -> {
            assertThat(m.start().atZone(NEW_YORK).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(m.start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        });
        List<MeetingSummary> past = as(ADMIN, () -> meetings.past(aurora, PageRequest.of(0, 5)).getContent());
        assertThat(past).first().satisfies(last -> {
            // the series made last week's review; the demo's minutes then held it
            assertThat(last.state()).isEqualTo(MeetingState.HELD);
            assertThat(last.start()).isBetween(Instant.now().minus(Duration.ofDays(8)), Instant.now());
        });
        assertThat(as(ADMIN, () -> organisations.details(aurora)).reviewCadence()).isEqualTo(ReviewCadence.WEEKLY);
    }

    @Test
    void saving_a_series_makes_eight_weeks_of_occurrences_once_and_the_organisation_follows_its_cadence() {
        long client = newClient();
        Set<Long> lead = attendees(client);

        SeriesDetails saved = as(ADMIN, () -> reviewSeries.save(client, weeklyTuesdayTen(lead), null));
        List<MeetingSummary> first = upcoming(client);
        as(ADMIN, () -> reviewSeries.save(client, weeklyTuesdayTen(lead), saved.version()));

        assertThat(first).hasSizeBetween(8, 9).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.REVIEW);
            assertThat(m.participants()).extracting(MeetingPerson::displayName).containsExactly("Lucas Lead");
            assertThat(m.icsUid()).isEqualTo(first.getFirst().icsUid());
        });
        assertThat(upcoming(client)).extracting(MeetingSummary::id)
                .containsExactlyElementsOf(first.stream().map(MeetingSummary::id).toList());
        assertThat(events.stream(MeetingScheduled.class).count()).isEqualTo(first.size());
        assertThat(events.stream(SeriesChanged.class)).hasSize(2);
        assertThat(events.stream(AdministrativeChange.class).map(AdministrativeChange::action))
                .contains("meeting-series.create", "meeting-series.update");
        assertThat(as(ADMIN, () -> organisations.details(client)).reviewCadence()).isEqualTo(ReviewCadence.WEEKLY);
    }

    @Test
    void a_changed_rule_supersedes_the_planned_occurrences_it_no_longer_gives() {
        long client = newClient();
        Set<Long> lead = attendees(client);
        SeriesDetails saved = as(ADMIN, () -> reviewSeries.save(client, weeklyTuesdayTen(lead), null));

        var thursdays = new SeriesDraft(ReviewCadence.MONTHLY, DayOfWeek.THURSDAY, 1, LocalTime.of(11, 0), 60,
                LocalDate.now(NEW_YORK), true, lead, false);
        as(ADMIN, () -> reviewSeries.save(client, thursdays, saved.version()));

        assertThat(upcoming(client)).isNotEmpty().allSatisfy(m -> {
            ZonedDateTime there = m.start().atZone(NEW_YORK);
            assertThat(there.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(there.getDayOfMonth()).isLessThanOrEqualTo(7);
        });
        assertThat(as(ADMIN, () -> organisations.details(client)).reviewCadence()).isEqualTo(ReviewCadence.MONTHLY);
    }

    @Test
    void an_attendee_from_another_organisation_is_refused_on_the_attendees() {
        long client = newClient();
        var withRita = weeklyTuesdayTen(Set.of(fixtures.accountId("rita@meridian.test")));

        assertThatThrownBy(() -> as(ADMIN, () -> reviewSeries.save(client, withRita, null)))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("attendees");
                    assertThat(e.messageKey()).isEqualTo("meeting.error.attendee-elsewhere");
                });
        assertThat(as(ADMIN, () -> reviewSeries.series(client)).seriesId()).isNull();
    }

    @Test
    void a_day_without_shared_working_hours_is_refused_unless_the_team_confirms_it() {
        long client = newClient();
        Set<Long> lead = attendees(client);
        var saturday = new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.SATURDAY, null, LocalTime.of(10, 0), 60,
                LocalDate.now(NEW_YORK), true, lead, false);

        assertThat(as(ADMIN, () -> reviewSeries.advice(client, saturday)).hasOverlap()).isFalse();
        assertThatThrownBy(() -> as(ADMIN, () -> reviewSeries.save(client, saturday, null)))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("dayOfWeek");
                    assertThat(e.messageKey()).isEqualTo("meeting.error.no-overlap");
                });
        var confirmed = new SeriesDraft(saturday.cadence(), saturday.dayOfWeek(), null, saturday.localTime(), 60,
                saturday.firstDay(), true, lead, true);
        assertThat(as(ADMIN, () -> reviewSeries.save(client, confirmed, null)).seriesId()).isNotNull();
    }

    @Test
    void a_time_outside_the_shared_hours_is_refused_on_the_time_and_the_proposed_hour_fits() {
        long client = newClient();
        Set<Long> lead = attendees(client);
        var early = new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(7, 0), 60,
                LocalDate.now(NEW_YORK), true, lead, false);

        CadenceAdvice advice = as(ADMIN, () -> reviewSeries.advice(client, early));
        assertThat(advice.proposedStart()).isEqualTo(LocalTime.of(9, 0));
        assertThatThrownBy(() -> as(ADMIN, () -> reviewSeries.save(client, early, null)))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("localTime");
                    assertThat(e.messageKey()).isEqualTo("meeting.error.outside-overlap");
                });
    }

    @Test
    void a_stale_version_is_refused_and_the_saved_rule_stays() {
        long client = newClient();
        Set<Long> lead = attendees(client);
        SeriesDetails saved = as(ADMIN, () -> reviewSeries.save(client, weeklyTuesdayTen(lead), null));
        as("lead@ponte.test", () -> reviewSeries.save(client, weeklyTuesdayTen(lead), saved.version()));

        var other = new SeriesDraft(ReviewCadence.BIWEEKLY, DayOfWeek.WEDNESDAY, null, LocalTime.of(11, 0), 30,
                LocalDate.now(NEW_YORK), true, lead, false);
        assertThatThrownBy(() -> as(ADMIN, () -> reviewSeries.save(client, other, saved.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(ADMIN, () -> reviewSeries.save(client, other, null)))
                .as("the caller saw none, but one exists").isInstanceOf(ConcurrentEditException.class);
        assertThat(as(ADMIN, () -> reviewSeries.series(client)).draft().cadence()).isEqualTo(ReviewCadence.WEEKLY);
    }

    @Test
    void a_client_reads_its_own_series_and_not_another_organisations() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        long meridian = fixtures.organisationId("Meridian Bank");

        assertThat(as("leo@aurora.test", () -> reviewSeries.series(aurora)).seriesId()).isNotNull();
        assertThatThrownBy(() -> as("leo@aurora.test", () -> reviewSeries.series(meridian)))
                .isInstanceOf(app.ponte.security.NotFoundInScopeException.class);
        assertThatThrownBy(() -> as("rita@meridian.test", () -> reviewSeries.attendeeChoices(aurora)))
                .isInstanceOf(app.ponte.security.NotFoundInScopeException.class);
    }

    @Test
    void the_team_has_no_review_with_itself() {
        long team = fixtures.organisationId("Backend Team");

        assertThat(as(ADMIN, () -> reviewSeries.reviewed(team))).isFalse();
        assertThatThrownBy(() -> as(ADMIN, () -> reviewSeries.save(team, weeklyTuesdayTen(Set.of()), null)))
                .isInstanceOf(RejectedInputException.class);
    }

    @Test
    void the_nightly_round_makes_a_missing_occurrence_again_and_nothing_twice() {
        long client = newClient();
        as(ADMIN, () -> reviewSeries.save(client, weeklyTuesdayTen(attendees(client)), null));
        MeetingSummary last = upcoming(client).getLast();
        jdbc.update("delete from meeting_participants where meeting_id = ?", last.id());
        jdbc.update("delete from meetings where id = ?", last.id());

        int made = rounds.makeAll();

        assertThat(made).isGreaterThanOrEqualTo(1);
        assertThat(upcoming(client)).extracting(MeetingSummary::start).contains(last.start());
        assertThat(rounds.makeAll()).isZero();
    }

    @Test
    void a_rule_changed_back_plans_the_same_occurrences_again_and_a_stopped_series_has_none_ahead() {
        long client = newClient();
        Set<Long> lead = attendees(client);
        SeriesDetails tuesdays = as(ADMIN, () -> reviewSeries.save(client, weeklyTuesdayTen(lead), null));
        List<Long> first = upcoming(client).stream().map(MeetingSummary::id).toList();
        var wednesdays = new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.WEDNESDAY, null, LocalTime.of(10, 0), 60,
                LocalDate.now(NEW_YORK), true, lead, false);
        SeriesDetails changed = as(ADMIN, () -> reviewSeries.save(client, wednesdays, tuesdays.version()));

        SeriesDetails back = as(ADMIN, () -> reviewSeries.save(client, weeklyTuesdayTen(lead), changed.version()));

        assertThat(upcoming(client)).extracting(MeetingSummary::id).containsAll(first)
                .allSatisfy(id -> assertThat(first).contains(id));
        var stopped = new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), 60,
                LocalDate.now(NEW_YORK).minusWeeks(1), false, lead, false);
        as(ADMIN, () -> reviewSeries.save(client, stopped, back.version()));
        assertThat(upcoming(client)).isEmpty();
        assertThat(as(ADMIN, () -> reviewSeries.series(client)).nextStart()).isNull();
    }
}
