package app.ponte.roadmap;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.organisation.Organisations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import app.ponte.catalogue.FreezeWindowEntry;
import app.ponte.catalogue.FreezeWindows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The seed's roadmap stories are in the demo data, each seen by the organisations it concerns. */
@H2Test
class RoadmapDemoTest extends SignedInServiceTest {

    private static final String AURORA = "ana@aurora.test";
    private static final String MARKETING = "marketing@ponte.test";

    @Autowired
    TestClock clock;
    @Autowired
    Deliveries deliveries;
    @Autowired
    PromiseLedger promises;
    @Autowired
    RoadmapReading roadmap;
    @Autowired
    Organisations organisations;
    @Autowired
    FreezeWindows freezeWindows;

    @Test
    void aurora_reads_two_partial_deliveries_one_kept_on_time_and_one_slipped_with_its_reason() {
        InitiativeOverview resilience = initiative(AURORA, "Orders API resilience for peak season");
        assertThat(resilience.milestones()).extracting(InitiativeOverview.MilestoneOverview::title)
                .containsExactly("Peak-ready limits", "Order-status webhook");

        List<PromiseEntry> ledger = as(AURORA, () -> promises.ledger(organisations.activeOrganisation().id(), PageRequest.of(0, 500)).getContent());
        assertThat(ledger).filteredOn(p -> p.milestoneTitle().equals("Peak-ready limits")).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(PromiseState.KEPT_ON_TIME));
        assertThat(ledger).filteredOn(p -> p.milestoneTitle().equals("Order-status webhook")).singleElement()
                .satisfies(p -> {
                    assertThat(p.promisedOn()).isAfter(p.firstPromisedOn());
                    assertThat(p.changes()).singleElement().satisfies(change -> {
                        assertThat(change.reason()).contains("peak-sale freeze");
                        assertThat(change.told()).isTrue();
                    });
                });
    }

    @Test
    void marketing_reads_its_campaign_reporting_planned_after_the_sales_freeze_with_the_reason() {
        InitiativeOverview reporting = initiative(MARKETING, "Campaign reporting");
        InitiativeOverview.MilestoneOverview scheduled = reporting.milestones().stream()
                .filter(m -> m.title().equals("Scheduled campaign reports")).findFirst().orElseThrow();
        assertThat(scheduled.commitReason()).startsWith("Sales freezes Real-time reporting until its quarter is closed");
        LocalDate freezeEnd = as("lead@ponte.test", () -> freezeWindows.upcoming()).stream()
                .filter(w -> w.organisationName().equals("Sales") && w.systemName().equals("Real-time reporting"))
                .filter(w -> w.reason().startsWith("Fechamento do trimestre")) // the demo's, not other tests'
                .map(FreezeWindowEntry::endsOn).findFirst().orElseThrow();
        assertThat(scheduled.committedOn()).isAfter(freezeEnd);
        assertThat(freezeEnd).isAfter(today());
        assertThat(reporting.milestones()).anySatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.DELIVERED));
    }

    @Test
    void every_client_sees_the_public_api_v2_but_not_another_organisations_initiative() {
        for (String client : List.of(AURORA, MARKETING, "rita@meridian.test", "hr@ponte.test")) {
            assertThat(titles(client)).contains("API v2");
        }
        assertThat(titles("rita@meridian.test")).doesNotContain("Orders API resilience for peak season",
                "Campaign reporting");
        assertThat(titles(MARKETING)).doesNotContain("Orders API resilience for peak season");
    }

    @Test
    void aurora_and_marketing_each_read_a_changelog_of_at_least_three_entries_newest_first() {
        for (String client : List.of(AURORA, MARKETING)) {
            List<ChangelogLine> lines = as(client, () -> deliveries.changelog(organisations.activeOrganisation().id(),
                    PageRequest.of(0, 20))).getContent();
            assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
            assertThat(lines).extracting(ChangelogLine::publishedOn).isSortedAccordingTo((a, b) -> b.compareTo(a));
        }
    }

    @Test
    void the_team_reads_its_delivery_record_with_the_demo_deliveries() {
        assertThat(as(LEAD, () -> promises.deliveryRecord())).isNotEmpty()
                .allSatisfy(month -> assertThat(month.onTimeRate()).isBetween(0.0, 1.0));
    }

    private InitiativeOverview initiative(String email, String title) {
        return as(email, () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 50))).getContent().stream()
                .filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private List<String> titles(String email) {
        return as(email, () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 200))).getContent().stream()
                .map(InitiativeOverview::title).toList();
    }

    /** Today as the application sees it (the test clock). */
    private LocalDate today() {
        return clock.today();
    }
}
