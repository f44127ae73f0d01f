package app.ponte.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import app.ponte.sla.ClockFixtures;
import app.ponte.sla.SlaWatch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SLA blocks of the dashboards: a requester's attainment and clocks, the team's SLA risk. */
class SlaBlocksTest extends UiTest {

    @Autowired
    ClockFixtures clocks;
    @Autowired
    DemoFixtures demo;
    @Autowired
    SlaWatch watch;

    private List<String> cards() {
        return find(DashboardCard.class).all().stream().map(card -> card.getId().orElse("")).toList();
    }

    private String text(String id) {
        return find(DashboardCard.class).id(id).getElement().getTextRecursively();
    }

    /** Opens the home page afresh (navigating to the page shown already would keep the earlier viewer's blocks). */
    private void home() {
        UI.getCurrent().navigate("action-items");
        UI.getCurrent().navigate("");
    }

    @Test
    void a_client_reads_its_attainment_of_three_months_and_its_own_clocks_never_another_organisations() {
        long meridian = demo.organisationId("Meridian Bank");
        long request = clocks.file("rita@meridian.test", "Meridian vault keys overdue");
        clocks.clock(request, meridian, "Meridian vault keys overdue")
                .firstResponse(Instant.parse("2020-01-01T00:00:00Z"), null)
                .firstResponseAtRisk(Instant.parse("2019-12-31T00:00:00Z")).save();

        signInAs("ana@aurora.test");
        home();

        ChartCard card = find(ChartCard.class).id(SlaAttainmentBlock.ID);
        // the months with something measured (of the last three): an unmeasured one reads "nothing measured" instead
        assertThat(card.data().categories()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(card.data().series()).hasSize(2);
        assertThat(text(SlaAttainmentBlock.ID)).contains("Premium 24/7", "Open clocks")
                .doesNotContain("Meridian vault keys");

        signInAs("rita@meridian.test");
        home();
        assertThat(text(SlaAttainmentBlock.ID)).as("the oldest deadline leads its own organisation's list")
                .contains("Meridian vault keys overdue", "Business hours");
    }

    @Test
    void a_department_member_reads_its_departments_plan() {
        signInAs("marketing@ponte.test");
        home();

        assertThat(text(SlaAttainmentBlock.ID)).contains("Internal");
    }

    @Test
    void an_organisation_without_a_plan_is_told_it_has_none() {
        String client = demo.newClient();
        signInAs(demo.newMember(client, Role.CLIENT));
        home();

        assertThat(text(SlaAttainmentBlock.ID)).contains("no SLA plan");
        assertThat(find(ChartCard.class).all()).extracting(card -> card.getId().orElse(""))
                .doesNotContain(SlaAttainmentBlock.ID);
    }

    @Test
    void the_team_reads_the_requests_at_risk_linking_to_the_inbox_list_that_holds_them() {
        signInAs("lead@ponte.test");
        home();

        Anchor count = find(Anchor.class).id(SlaRiskBlock.ID + "-count");
        long atRisk = SignedIn.as(users, "lead@ponte.test", () -> watch.openClocks()).atRiskOrBreached();
        assertThat(count.getHref()).isEqualTo("inbox?at-risk=true");
        assertThat(count.getText()).contains(String.valueOf(atRisk));
    }

    @Test
    void requesters_get_no_team_block_and_the_team_no_requester_block() {
        signInAs("ana@aurora.test");
        home();
        assertThat(cards()).contains(SlaAttainmentBlock.ID, "dashboard-meeting-next")
                .doesNotContain(SlaRiskBlock.ID, "dashboard-oncall-now");

        signInAs("lead@ponte.test");
        home();
        assertThat(cards()).contains(SlaRiskBlock.ID, "dashboard-oncall-now")
                .doesNotContain(SlaAttainmentBlock.ID, "dashboard-meeting-next", "dashboard-feedback-waiting");
    }
}
