package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.ReviewCadence;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@H2Test
@RecordApplicationEvents
class MeetingsTest extends SignedInServiceTest {

    static final String LEAD = "lead@ponte.test";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    Meetings meetings;
    @Autowired
    ReviewSeries reviewSeries;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    ApplicationEvents events;

    /** A client of its own with a weekly series; its next planned review. */
    private MeetingSummary nextReviewOfANewClient() {
        long client = fixtures.organisationId(fixtures.newClient());
        Set<Long> lead = Set.of(fixtures.accountId(LEAD));
        as(LEAD, () -> reviewSeries.save(client, new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null,
                LocalTime.of(10, 0), 60, LocalDate.now(NEW_YORK), true, lead, false), null));
        return as(LEAD, () -> meetings.upcoming(client, PageRequest.of(0, 1)).getContent().getFirst());
    }

    private long auroraMeeting() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        return as(LEAD, () -> meetings.upcoming(aurora, PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    @Test
    void the_team_moves_a_review_with_its_reason_and_the_calendar_entry_gets_a_higher_sequence() {
        MeetingSummary next = nextReviewOfANewClient();
        Instant later = next.start().plus(Duration.ofHours(2));

        MeetingSummary moved = as(LEAD, () -> meetings.move(next.id(), later, "Black Friday code freeze", next.version()));

        assertThat(moved.start()).isEqualTo(later);
        assertThat(moved.occurrenceOf()).isEqualTo(next.start());
        assertThat(moved.changeReason()).isEqualTo("Black Friday code freeze");
        assertThat(moved.icsSequence()).isGreaterThan(next.icsSequence());
        assertThat(moved.state()).isEqualTo(MeetingState.PLANNED);
        assertThat(events.stream(MeetingChanged.class)).containsExactly(new MeetingChanged(next.id(),
                MeetingState.PLANNED));
    }

    @Test
    void moving_a_meeting_into_the_past_is_refused_on_the_start() {
        MeetingSummary next = nextReviewOfANewClient();

        assertThatThrownBy(() -> as(LEAD, () -> meetings.move(next.id(), Instant.now().minus(Duration.ofHours(1)),
                "Earlier", next.version()))).isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("start");
                    assertThat(e.messageKey()).isEqualTo("meeting.error.start-in-past");
                });
        assertThat(as(LEAD, () -> meetings.summary(next.id())).start()).isEqualTo(next.start());
    }

    @Test
    void a_move_or_a_cancellation_without_a_reason_is_refused_on_the_reason() {
        MeetingSummary next = nextReviewOfANewClient();

        assertThatThrownBy(() -> as(LEAD, () -> meetings.cancel(next.id(), "  ", next.version())))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> as(LEAD, () -> meetings.move(next.id(), next.start().plus(Duration.ofDays(1)), null,
                next.version()))).isInstanceOf(RejectedInputException.class);
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        MeetingSummary next = nextReviewOfANewClient();
        as(LEAD, () -> meetings.move(next.id(), next.start().plus(Duration.ofHours(1)), "Later", next.version()));

        assertThatThrownBy(() -> as(LEAD, () -> meetings.cancel(next.id(), "Nobody can come", next.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as(LEAD, () -> meetings.summary(next.id())).state()).isEqualTo(MeetingState.PLANNED);
    }

    @Test
    void a_cancelled_meeting_keeps_its_reason_and_cannot_be_moved_again() {
        MeetingSummary next = nextReviewOfANewClient();

        MeetingSummary cancelled = as(LEAD, () -> meetings.cancel(next.id(), "Client on holiday", next.version()));

        assertThat(cancelled.state()).isEqualTo(MeetingState.CANCELLED);
        assertThat(cancelled.changeReason()).isEqualTo("Client on holiday");
        assertThat(as(LEAD, () -> meetings.upcoming(cancelled.organisationId(), PageRequest.of(0, 1)))
                .getContent().getFirst().state()).isEqualTo(MeetingState.CANCELLED);
        assertThatThrownBy(() -> as(LEAD, () -> meetings.move(next.id(), next.start().plusSeconds(3600), "Why",
                cancelled.version()))).isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.error.not-planned"));
    }

    @Test
    void the_team_plans_a_discovery_workshop_with_people_of_both_sides() {
        String name = fixtures.newClient();
        long client = fixtures.organisationId(name);
        String member = fixtures.newMember(name, Role.CLIENT_ADMIN);
        Instant start = Instant.now().plus(Duration.ofDays(10));
        Set<Long> people = Set.of(fixtures.accountId(member), fixtures.accountId("dev@ponte.test"));

        MeetingSummary workshop = as(LEAD, () -> meetings.planWorkshop(new WorkshopDraft(client,
                "Needs for the loyalty programme", start, 90, people)));

        assertThat(workshop.kind()).isEqualTo(MeetingKind.WORKSHOP);
        assertThat(workshop.seriesId()).isNull();
        assertThat(workshop.end()).isEqualTo(start.plus(Duration.ofMinutes(90)));
        assertThat(workshop.zone()).isEqualTo(NEW_YORK);
        assertThat(workshop.participants()).extracting(MeetingPerson::displayName, MeetingPerson::teamSide)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Test Person", false),
                        org.assertj.core.groups.Tuple.tuple("Diana Dev", true));
        assertThat(events.stream(MeetingScheduled.class)).containsExactly(new MeetingScheduled(workshop.id()));
        assertThat(as(member, () -> meetings.summary(workshop.id())).title())
                .isEqualTo("Needs for the loyalty programme");
    }

    @Test
    void a_workshop_with_somebody_of_another_organisation_is_refused_on_the_participants() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        var draft = new WorkshopDraft(aurora, "Needs", Instant.now().plus(Duration.ofDays(3)), 60,
                Set.of(fixtures.accountId("rita@meridian.test")));

        assertThatThrownBy(() -> as(LEAD, () -> meetings.planWorkshop(draft)))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("participants");
                    assertThat(e.messageKey()).isEqualTo("meeting.error.attendee-elsewhere");
                });
    }

    @Test
    void a_client_of_meridian_reaching_an_aurora_meeting_by_id_is_told_not_found() {
        long meeting = auroraMeeting();
        long aurora = fixtures.organisationId("Aurora Commerce");

        assertThatThrownBy(() -> as("rita@meridian.test", () -> meetings.summary(meeting)))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as("rita@meridian.test", () -> meetings.upcoming(aurora, PageRequest.of(0, 5))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as("rita@meridian.test", () -> meetings.move(meeting,
                Instant.now().plus(Duration.ofDays(1)), "Mine now", 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("rita@meridian.test", () -> meetings.cancel(meeting, "Mine now", 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everybody_but_the_team_lists_only_their_active_organisations_meetings() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        long meridian = fixtures.organisationId("Meridian Bank");

        List<MeetingSummary> rita = as("rita@meridian.test", () -> meetings.upcoming(null, PageRequest.of(0, 50))
                .getContent());
        List<MeetingSummary> team = as(LEAD, () -> meetings.upcoming(null, PageRequest.of(0, 200)).getContent());

        assertThat(rita).isNotEmpty().allSatisfy(m -> assertThat(m.organisationId()).isEqualTo(meridian));
        assertThat(team.stream().map(MeetingSummary::organisationId).collect(Collectors.toSet()))
                .contains(aurora, meridian);
    }
}
