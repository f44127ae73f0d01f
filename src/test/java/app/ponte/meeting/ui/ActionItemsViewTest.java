package app.ponte.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.meeting.ActionItemRow;
import app.ponte.meeting.ActionItems;
import app.ponte.meeting.MinutesFixtures;
import app.ponte.meeting.MinutesFixtures.Client;
import app.ponte.meeting.NewActionItem;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The action items page: one's own and one's organisation's, overdue first, ticked in place. */
class ActionItemsViewTest extends UiTest {

    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    ActionItems items;
    @Autowired
    TestClock clock;

    @Test
    void a_client_sees_its_own_items_overdue_first_and_only_its_organisations_and_ticks_one_done() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        LocalDate today = LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK));
        long meeting = fixtures.review(client, clock.instant().minus(Duration.ofDays(6)));
        long theirs = fixtures.review(other, clock.instant().minus(Duration.ofDays(6)));
        SignedIn.as(users, MinutesFixtures.TEAM, () -> {
            items.create(meeting, new NewActionItem("Later", client.adminId(), today.plusDays(3), null));
            items.create(meeting, new NewActionItem("Late", client.adminId(), today.minusDays(2), null));
            items.create(meeting, new NewActionItem("Colleague's", client.memberId(), today.plusDays(1), null));
            items.create(meeting, new NewActionItem("The team's", fixtures.accountId(MinutesFixtures.TEAM),
                    today.plusDays(9), null));
            return items.create(theirs, new NewActionItem("Secret", other.adminId(), today.plusDays(1), null));
        });
        signInAs(client.adminEmail());

        ActionItemsView view = navigate(ActionItemsView.class);
        var mine = test(view.mine);
        var organisation = test(view.organisation);

        assertThat(mine.size()).isEqualTo(2);
        assertThat(mine.getRow(0).text()).isEqualTo("Late");
        assertThat(mine.getRow(0).overdue()).isTrue();
        assertThat(organisation.size()).isEqualTo(4);
        assertThat(organisation.getRow(3).text()).isEqualTo("The team's");
        assertThat(((Checkbox) organisation.getCellComponent(3, 0)).isReadOnly()).as("the team's work").isTrue();
        assertThat(((Checkbox) organisation.getCellComponent(0, 0)).isReadOnly()).isFalse();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Secret");
        assertThat(view.filter.isAttached()).isFalse();

        test((Checkbox) mine.getCellComponent(0, 0)).click();

        ActionItemRow late = SignedIn.as(users, client.adminEmail(), () -> items.mine(PageRequest.of(0, 5)))
                .getContent().stream().filter(row -> row.text().equals("Late")).findFirst().orElseThrow();
        assertThat(late.done()).isTrue();
    }

    @Test
    void the_team_reads_every_organisations_items_and_picks_one_organisation() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        SignedIn.as(users, MinutesFixtures.TEAM, () -> items.create(meeting, new NewActionItem("For the team view",
                client.adminId(), LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK)).plusDays(2), null)));
        signInAs(MinutesFixtures.TEAM);

        ActionItemsView view = navigate(ActionItemsView.class);

        assertThat(view.filter.isAttached()).isTrue();
        assertThat(test(view.organisation).size()).isPositive();
    }
}
