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
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.security.NotFoundInScopeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Action items: who may own one, when it may be due, who ticks it, and the lists, open and overdue first. */
@H2Test
class ActionItemsTest extends SignedInServiceTest {

    static final String TEAM = MinutesFixtures.TEAM;

    @Autowired
    ActionItems items;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    RequestIntake intake;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK));
    }

    @Test
    void the_team_writes_an_item_for_a_client_member_who_ticks_it_done_and_opens_it_again() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant().minus(Duration.ofDays(1)));

        long id = as(TEAM, () -> items.create(meeting, new NewActionItem("Share the forecast", client.memberId(),
                today().plusDays(3), null)));
        ActionItemRow row = as(client.memberEmail(), () -> items.mine(PageRequest.of(0, 10))).getContent().getFirst();
        as(client.memberEmail(), () -> {
            items.setDone(id, true, row.version());
            return null;
        });
        ActionItemRow done = as(client.adminEmail(), () -> items.ofOrganisation(null, PageRequest.of(0, 10)))
                .getContent().getFirst();
        as(client.adminEmail(), () -> {
            items.setDone(id, false, done.version());
            return null;
        });

        assertThat(row.id()).isEqualTo(id);
        assertThat(row.ownerSide()).isEqualTo(OwnerSide.ORGANISATION);
        assertThat(row.ownerName()).isEqualTo("Mario Member");
        assertThat(done.done()).isTrue();
        assertThat(as(TEAM, () -> items.ofOrganisation(client.organisationId(), PageRequest.of(0, 10))).getContent())
                .singleElement().satisfies(again -> assertThat(again.done()).isFalse());
    }

    @Test
    void an_owner_from_another_organisation_is_refused_on_the_owner_field_and_a_team_owner_is_on_the_team_side() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());

        var refused = catchThrowableOfType(RejectedInputException.class, () -> as(TEAM, () -> items.create(meeting,
                new NewActionItem("Leak it", other.adminId(), today().plusDays(1), null))));
        var noOwner = catchThrowableOfType(RejectedInputException.class, () -> as(TEAM, () -> items.create(meeting,
                new NewActionItem("Nobody", null, today().plusDays(1), null))));
        long teamItem = as(TEAM, () -> items.create(meeting, new NewActionItem("Load test", fixtures.accountId(TEAM),
                today().plusDays(1), null)));

        assertThat(refused.field()).isEqualTo("owner");
        assertThat(refused.messageKey()).isEqualTo("meeting.item.owner-outside");
        assertThat(noOwner.field()).isEqualTo("owner");
        assertThat(as(TEAM, () -> items.ofOrganisation(client.organisationId(), PageRequest.of(0, 10))).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(teamItem);
                    assertThat(row.ownerSide()).isEqualTo(OwnerSide.TEAM);
                });
    }

    @Test
    void a_due_day_before_the_meeting_and_a_missing_text_are_refused_on_their_fields() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant().plus(Duration.ofDays(3)));

        var early = catchThrowableOfType(RejectedInputException.class, () -> as(TEAM, () -> items.create(meeting,
                new NewActionItem("Too early", client.adminId(), today(), null))));
        var blank = catchThrowableOfType(RejectedInputException.class, () -> as(TEAM, () -> items.create(meeting,
                new NewActionItem("  ", client.adminId(), today().plusDays(5), null))));

        assertThat(early.field()).isEqualTo("due");
        assertThat(early.messageKey()).isEqualTo("meeting.item.due-before-meeting");
        assertThat(blank.field()).isEqualTo("text");
    }

    @Test
    void a_cancelled_meeting_takes_no_action_items() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant().plus(Duration.ofDays(1)));
        fixtures.cancel(meeting);

        var refused = catchThrowableOfType(RejectedInputException.class, () -> as(TEAM, () -> items.create(meeting,
                new NewActionItem("Never", client.adminId(), today().plusDays(5), null))));

        assertThat(refused.messageKey()).isEqualTo("meeting.item.cancelled");
    }

    @Test
    void an_item_links_a_request_of_the_meetings_organisation_never_one_of_another() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        long own = as(client.adminEmail(), () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Our question", "Details")));
        long theirs = as(other.adminEmail(), () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Their question", "Details")));

        long linked = as(TEAM, () -> items.create(meeting, new NewActionItem("Answer it", client.adminId(),
                today().plusDays(2), own)));
        var refused = catchThrowableOfType(RejectedInputException.class, () -> as(TEAM, () -> items.create(meeting,
                new NewActionItem("Answer theirs", client.adminId(), today().plusDays(2), theirs))));

        assertThat(refused.field()).isEqualTo("request");
        assertThat(as(TEAM, () -> items.ofOrganisation(client.organisationId(), PageRequest.of(0, 5))).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(linked);
                    assertThat(row.requestId()).isEqualTo(own);
                });
    }

    @Test
    void a_linked_request_that_does_not_exist_is_refused_on_its_field() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());

        var refused = catchThrowableOfType(RejectedInputException.class, () -> as(TEAM, () -> items.create(meeting,
                new NewActionItem("About a request", client.adminId(), today().plusDays(2), 999_999_999L))));

        assertThat(refused.field()).isEqualTo("request");
    }

    @Test
    void a_client_of_another_organisation_neither_reads_nor_ticks_an_item_by_id() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        long id = as(TEAM, () -> items.create(meeting, new NewActionItem("Theirs", client.adminId(),
                today().plusDays(2), null)));

        assertThatThrownBy(() -> as(other.adminEmail(), () -> {
            items.setDone(id, true, 0);
            return null;
        })).isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as(other.adminEmail(), () -> items.ofOrganisation(client.organisationId(),
                PageRequest.of(0, 10)))).isInstanceOf(NotFoundInScopeException.class);
        assertThat(as(other.adminEmail(), () -> items.ofOrganisation(null, PageRequest.of(0, 100))).getContent())
                .noneMatch(row -> row.organisationId() == client.organisationId());
        assertThat(as(TEAM, () -> items.ofOrganisation(client.organisationId(), PageRequest.of(0, 10))).getContent()
                .getFirst().done()).isFalse();
    }

    @Test
    void a_client_cannot_tick_the_teams_item_of_its_own_organisation_and_the_team_can() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        long teamItem = as(TEAM, () -> items.create(meeting, new NewActionItem("Send the load-test results",
                fixtures.accountId(TEAM), today().plusDays(2), null)));

        var refused = catchThrowableOfType(RejectedInputException.class, () -> as(client.adminEmail(), () -> {
            items.setDone(teamItem, true, 0);
            return null;
        }));
        boolean stillOpen = !as(TEAM, () -> items.ofOrganisation(client.organisationId(), PageRequest.of(0, 10)))
                .getContent().getFirst().done();
        as(TEAM, () -> {
            items.setDone(teamItem, true, 0);
            return null;
        });

        assertThat(refused.messageKey()).isEqualTo("meeting.item.team-owned");
        assertThat(stillOpen).isTrue();
        assertThat(as(client.adminEmail(), () -> items.ofOrganisation(null, PageRequest.of(0, 10))).getContent()
                .getFirst().done()).isTrue();
    }

    @Test
    void a_tick_on_a_stale_copy_is_refused() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        long id = as(TEAM, () -> items.create(meeting, new NewActionItem("Twice", client.adminId(),
                today().plusDays(2), null)));
        as(client.adminEmail(), () -> {
            items.setDone(id, true, 0);
            return null;
        });

        assertThatThrownBy(() -> as(client.memberEmail(), () -> {
            items.setDone(id, false, 0);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void lists_put_open_items_first_the_overdue_on_top_and_the_done_last() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant().minus(Duration.ofDays(10)));
        LocalDate meetingDay = today().minusDays(10);
        long later = as(TEAM, () -> items.create(meeting, new NewActionItem("Later", client.adminId(),
                today().plusDays(4), null)));
        long overdue = as(TEAM, () -> items.create(meeting, new NewActionItem("Overdue", client.adminId(),
                meetingDay.plusDays(2), null)));
        long done = as(TEAM, () -> items.create(meeting, new NewActionItem("Done long ago", client.adminId(),
                meetingDay, null)));
        long soon = as(TEAM, () -> items.create(meeting, new NewActionItem("Soon", client.memberId(),
                today().plusDays(1), null)));
        as(TEAM, () -> {
            items.setDone(done, true, 0);
            return null;
        });

        List<ActionItemRow> organisation = as(client.adminEmail(),
                () -> items.ofOrganisation(null, PageRequest.of(0, 10))).getContent();
        List<ActionItemRow> mine = as(client.adminEmail(), () -> items.mine(PageRequest.of(0, 10))).getContent();

        assertThat(organisation).extracting(ActionItemRow::id).containsExactly(overdue, soon, later, done);
        assertThat(organisation).extracting(ActionItemRow::overdue).containsExactly(true, false, false, false);
        assertThat(mine).extracting(ActionItemRow::id).containsExactly(overdue, later, done);
    }
}
