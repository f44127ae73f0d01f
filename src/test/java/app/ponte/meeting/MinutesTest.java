package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.meeting.MinutesFixtures.Client;
import app.ponte.security.NotFoundInScopeException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agenda (live, then frozen), holding a meeting, the minutes and who reads which part of them. */
@H2Test
class MinutesTest extends SignedInServiceTest {

    static final String TEAM = MinutesFixtures.TEAM;

    @Autowired
    MeetingPages pages;
    @Autowired
    Agendas agendas;
    @Autowired
    Minutes minutes;
    @Autowired
    ActionItems items;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    TestClock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK));
    }

    @Test
    void a_meeting_a_week_ahead_cannot_be_held_by_mistake_and_one_about_to_start_can() {
        Client client = fixtures.newClient();
        long nextWeek = fixtures.review(client, clock.instant().plus(Duration.ofDays(7)));
        long soon = fixtures.review(client, clock.instant().plus(Duration.ofMinutes(20)));

        MeetingPage ahead = as(TEAM, () -> pages.page(nextWeek));
        assertThat(ahead.viewer().mayHold()).isFalse();
        RejectedInputException refused = catchThrowableOfType(RejectedInputException.class,
                () -> as(TEAM, () -> {
                    agendas.hold(nextWeek, ahead.version());
                    return null;
                }));
        assertThat(refused.messageKey()).isEqualTo("meeting.hold.not-started");
        assertThat(as(TEAM, () -> pages.page(nextWeek)).state()).isEqualTo(MeetingState.PLANNED);

        MeetingPage starting = as(TEAM, () -> pages.page(soon));
        assertThat(starting.viewer().mayHold()).isTrue();
        as(TEAM, () -> {
            agendas.hold(soon, starting.version());
            return null;
        });
        assertThat(as(TEAM, () -> pages.page(soon)).state()).isEqualTo(MeetingState.HELD);
    }

    @Test
    void the_live_agenda_starts_with_the_overdue_items_then_the_open_ones_and_ends_with_the_points_people_added() {
        Client client = fixtures.newClient();
        long last = fixtures.review(client, clock.instant().minus(Duration.ofDays(8)));
        long next = fixtures.review(client, clock.instant().plus(Duration.ofDays(1)));
        as(TEAM, () -> items.create(last, new NewActionItem("Open one", client.adminId(), today().plusDays(2), null)));
        as(TEAM, () -> items.create(last, new NewActionItem("Late one", client.adminId(), today().minusDays(3),
                null)));
        as(client.memberEmail(), () -> {
            agendas.addPoint(next, "Checkout latency");
            return null;
        });

        MeetingPage page = as(client.adminEmail(), () -> pages.page(next));

        // What changed (another feature's sections) may come between the items and the added points.
        assertThat(page.agenda()).extracting(AgendaSection::headingKey)
                .startsWith("meeting.agenda.section.overdue", "meeting.agenda.section.open-items")
                .endsWith("meeting.agenda.section.added");
        assertThat(page.agenda().getFirst().lines()).singleElement()
                .satisfies(line -> assertThat(line.arguments().getFirst().plain()).isEqualTo("Late one"));
        assertThat(page.agenda().getLast().lines().getFirst().arguments()).extracting(arg -> arg.plain())
                .containsExactly("Checkout latency", "Mario Member");
        assertThat(page.viewer().mayAddPoint()).isTrue();
        assertThat(page.viewer().mayHold()).isFalse();
    }

    @Test
    void holding_freezes_the_agenda_so_later_items_do_not_change_it_and_no_point_can_be_added_afterwards() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant().minus(Duration.ofHours(1)));
        as(TEAM, () -> items.create(meeting, new NewActionItem("Before", client.adminId(), today().plusDays(2),
                null)));
        as(client.adminEmail(), () -> {
            agendas.addPoint(meeting, "Our point");
            return null;
        });
        long version = as(TEAM, () -> pages.page(meeting)).version();

        as(TEAM, () -> {
            agendas.hold(meeting, version);
            return null;
        });
        as(TEAM, () -> items.create(meeting, new NewActionItem("After", client.adminId(), today().plusDays(2),
                null)));
        var refused = catchThrowableOfType(RejectedInputException.class, () -> as(client.adminEmail(), () -> {
            agendas.addPoint(meeting, "Too late");
            return null;
        }));
        MeetingPage page = as(client.adminEmail(), () -> pages.page(meeting));

        assertThat(page.state()).isEqualTo(MeetingState.HELD);
        assertThat(page.agenda()).extracting(AgendaSection::headingKey)
                .startsWith("meeting.agenda.section.open-items").endsWith("meeting.agenda.section.added");
        assertThat(page.agenda().getFirst().lines()).singleElement()
                .satisfies(line -> assertThat(line.arguments().getFirst().plain()).isEqualTo("Before"));
        assertThat(page.actionItems()).hasSize(2);
        assertThat(refused.messageKey()).isEqualTo("meeting.agenda.closed");
        assertThat(page.viewer().mayAddPoint()).isFalse();
        assertThatThrownBy(() -> as(TEAM, () -> {
            agendas.hold(meeting, page.version());
            return null;
        })).isInstanceOf(RejectedInputException.class);
    }

    @Test
    void holding_a_stale_copy_is_refused() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        long version = as(TEAM, () -> pages.page(meeting)).version();

        assertThatThrownBy(() -> as(TEAM, () -> {
            agendas.hold(meeting, version + 1);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void internal_notes_reach_the_team_only_and_the_organisation_reads_the_public_ones() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        as(TEAM, () -> minutes.save(meeting, "We agreed on the plan.", "Capacity is tight.", null));

        MinutesText team = as(TEAM, () -> pages.page(meeting)).minutes();
        MinutesText theirs = as(client.memberEmail(), () -> pages.page(meeting)).minutes();

        assertThat(team.internalNotes()).isEqualTo("Capacity is tight.");
        assertThat(theirs.publicNotes()).isEqualTo("We agreed on the plan.");
        assertThat(theirs.internalNotes()).isNull();
        assertThat(theirs.toString()).doesNotContain("Capacity");
        assertThat(theirs.lastEditorName()).isEqualTo("Lucas Lead");
    }

    @Test
    void the_second_of_two_people_saving_the_same_minutes_is_refused_and_told_who_saved_meanwhile() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        MinutesText first = as(TEAM, () -> minutes.save(meeting, "First", "", null));

        as("admin@ponte.test", () -> minutes.save(meeting, "Admin's", "", first.version()));
        assertThatThrownBy(() -> as(TEAM, () -> minutes.save(meeting, "Lead's", "", first.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(TEAM, () -> minutes.save(meeting, "Also new", "", null)))
                .isInstanceOf(ConcurrentEditException.class);
        MinutesText now = as(TEAM, () -> pages.page(meeting)).minutes();

        assertThat(now.publicNotes()).isEqualTo("Admin's");
        assertThat(now.lastEditorName()).isNotEqualTo("Lucas Lead").isNotBlank();
    }

    @Test
    void a_review_records_decisions_and_a_workshop_needs_found() {
        Client client = fixtures.newClient();
        long review = fixtures.review(client, clock.instant());
        long workshop = fixtures.workshop(client, clock.instant());

        as(TEAM, () -> minutes.addOutcome(review, "No schema changes"));
        long need = as(TEAM, () -> minutes.addOutcome(workshop, "A bulk import"));
        as(TEAM, () -> minutes.addOutcome(workshop, "Second need"));
        as(TEAM, () -> {
            minutes.removeOutcome(need);
            return null;
        });

        assertThat(as(client.adminEmail(), () -> pages.page(review)).outcomes()).singleElement()
                .satisfies(outcome -> assertThat(outcome.kind()).isEqualTo(OutcomeKind.DECISION));
        assertThat(as(client.adminEmail(), () -> pages.page(workshop)).outcomes()).singleElement()
                .satisfies(outcome -> {
                    assertThat(outcome.kind()).isEqualTo(OutcomeKind.NEED);
                    assertThat(outcome.text()).isEqualTo("Second need");
                });
    }

    @Test
    void a_client_of_another_organisation_gets_not_found_for_a_meeting_its_points_and_its_minutes() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant().plus(Duration.ofDays(1)));
        as(TEAM, () -> minutes.save(meeting, "Public", "Internal", null));

        assertThatThrownBy(() -> as(other.adminEmail(), () -> pages.page(meeting)))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as(other.adminEmail(), () -> {
            agendas.addPoint(meeting, "Sneaky");
            return null;
        })).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as("ana@aurora.test", () -> pages.page(meeting)))
                .isInstanceOf(NotFoundInScopeException.class);
    }
}
