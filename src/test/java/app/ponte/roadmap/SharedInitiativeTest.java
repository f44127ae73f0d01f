package app.ponte.roadmap;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static app.ponte.roadmap.SharedInitiatives.AURORA;
import static app.ponte.roadmap.SharedInitiatives.MERIDIAN;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.planning.PlanningFixtures;
import app.ponte.roadmap.SharedInitiatives.Shared;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * One initiative delivering two organisations' requests in different milestones: each organisation reads the
 * milestones delivering its own requests and those the team made public, never the other's titles, texts,
 * dates or reasons, on the roadmap, in its promises and in its changelog.
 */
@H2Test
class SharedInitiativeTest extends SignedInServiceTest {

    @Autowired
    TestClock clock;
    @Autowired
    SharedInitiatives shared;
    @Autowired
    Deliveries deliveries;
    @Autowired
    PromiseLedger promises;
    @Autowired
    RoadmapReading roadmap;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneDates dates;

    @Test
    void a_client_reads_a_shared_initiative_without_the_other_clients_milestone_or_its_date_change_reason() {
        Shared gateway = shared.create("Shared gateway", false);

        InitiativeOverview seenByAurora = initiative(AURORA, gateway.initiative());
        assertThat(seenByAurora.milestones()).extracting(InitiativeOverview.MilestoneOverview::title)
                .containsExactly("Aurora pick lists");
        assertThat(seenByAurora.toString()).doesNotContain("Meridian", "ledger sync", "cut-over");
        assertThat(initiative(MERIDIAN, gateway.initiative()).milestones())
                .extracting(InitiativeOverview.MilestoneOverview::title).containsExactly("Meridian ledger sync");
        assertThat(initiative(LEAD, gateway.initiative()).milestones()).hasSize(2);

        assertThat(as(AURORA, () -> promises.ledger(fixtures.organisationId("Aurora Commerce"),
                PageRequest.of(0, 500)).getContent())).filteredOn(p -> p.initiativeTitle().equals("Shared gateway"))
                .singleElement().satisfies(p -> assertThat(p.toString()).doesNotContain("Meridian", "cut-over"));

        shared.deliver(gateway.meridian());
        assertThat(changelog(AURORA, "Aurora Commerce")).noneMatch(line -> line.title().contains("Meridian"));
        assertThat(changelog(MERIDIAN, "Meridian Bank"))
                .anyMatch(line -> line.title().equals("Shared gateway: Meridian ledger sync"));
    }

    @Test
    void on_a_public_initiative_every_organisation_reads_the_initiative_but_not_another_organisations_milestone() {
        Shared hub = shared.create("Public payments hub", true);

        assertThat(initiative("hr@ponte.test", hub.initiative()).milestones()).isEmpty();
        assertThat(initiative(AURORA, hub.initiative()).milestones())
                .extracting(InitiativeOverview.MilestoneOverview::title).containsExactly("Aurora pick lists");
    }

    @Test
    void the_delivery_of_another_organisations_milestone_on_a_public_initiative_stays_out_of_a_clients_changelog() {
        Shared hub = shared.create("Public refunds hub", true);

        shared.deliver(hub.meridian());

        assertThat(changelog(AURORA, "Aurora Commerce")).noneMatch(line -> line.title().contains("Meridian"));
        assertThat(changelog("hr@ponte.test", "Human Resources")).noneMatch(line -> line.title().contains("Meridian"));
    }

    @Test
    void the_team_picking_an_organisation_reads_that_organisations_roadmap_so_an_export_made_for_it_holds_only_its_part() {
        Shared hub = shared.create("Shared ledger hub", false);
        long aurora = fixtures.organisationId("Aurora Commerce");

        InitiativeOverview forAurora = as(LEAD, () -> roadmap.initiatives(aurora, null, null,
                PageRequest.of(0, 1000))).stream().filter(i -> i.id() == hub.initiative()).findFirst().orElseThrow();

        assertThat(forAurora.milestones()).extracting(InitiativeOverview.MilestoneOverview::title)
                .containsExactly("Aurora pick lists");
    }

    @Test
    void a_milestone_the_team_marks_public_is_read_by_both_clients_and_published_to_both_changelogs() {
        Shared gateway = shared.create("Shared card vault", false);
        long switchOver = as(LEAD, () -> {
            long id = initiatives.addMilestone(gateway.initiative(), new MilestoneDraft("Gateway switch-over",
                    "Both clients on the new gateway", true));
            dates.commit(id, today().plusDays(90), null, shared.version(id));
            return id;
        });

        for (String client : List.of(AURORA, MERIDIAN)) {
            assertThat(initiative(client, gateway.initiative()).milestones())
                    .extracting(InitiativeOverview.MilestoneOverview::title).contains("Gateway switch-over");
        }
        assertThat(titles("hr@ponte.test")).doesNotContain("Shared card vault");

        shared.deliver(switchOver);
        assertThat(changelog(AURORA, "Aurora Commerce")).extracting(ChangelogLine::title)
                .contains("Shared card vault: Gateway switch-over");
        assertThat(changelog(MERIDIAN, "Meridian Bank")).extracting(ChangelogLine::title)
                .contains("Shared card vault: Gateway switch-over");
        assertThat(changelog("hr@ponte.test", "Human Resources")).extracting(ChangelogLine::title)
                .doesNotContain("Shared card vault: Gateway switch-over");
    }

    @Test
    void the_team_making_another_clients_milestone_public_later_shows_it_to_the_first_client() {
        Shared gateway = shared.create("Shared fraud screen", false);

        SignedIn.run(users, LEAD, () -> initiatives.editMilestone(gateway.meridian(), new MilestoneDraft(
                "Meridian ledger sync", "Meridian's ledger fed nightly", true), shared.version(gateway.meridian())));

        assertThat(initiative(AURORA, gateway.initiative()).milestones())
                .extracting(InitiativeOverview.MilestoneOverview::title)
                .containsExactlyInAnyOrder("Aurora pick lists", "Meridian ledger sync");
        assertThat(initiative(LEAD, gateway.initiative()).milestones())
                .filteredOn(InitiativeOverview.MilestoneOverview::publicItem).singleElement()
                .extracting(InitiativeOverview.MilestoneOverview::title).isEqualTo("Meridian ledger sync");
    }

    private List<String> titles(String email) {
        return as(email, () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 1000))).stream()
                .map(InitiativeOverview::title).toList();
    }

    private LocalDate today() {
        return clock.today();
    }

    private InitiativeOverview initiative(String email, long id) {
        return as(email, () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 1000))).stream()
                .filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    private List<ChangelogLine> changelog(String email, String organisation) {
        long id = fixtures.organisationId(organisation);
        return as(email, () -> deliveries.changelog(id, PageRequest.of(0, 500)).getContent());
    }
}
