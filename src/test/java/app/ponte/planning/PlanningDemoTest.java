package app.ponte.planning;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The seed's prioritisation situations are in the demo data. */
@H2Test
class PlanningDemoTest extends SignedInServiceTest {

    @Autowired
    Conflicts conflicts;
    @Autowired
    Backlog backlog;
    @Autowired
    PlanningSettings settings;

    @Test
    void the_demo_shows_the_marketing_sales_conflict_being_decided_by_a_date() {
        assertThat(active()).anySatisfy(row -> {
            assertThat(row.kind()).isEqualTo(ConflictKind.FREEZE_CLASH);
            assertThat(row.requesterOrganisation()).isEqualTo("Marketing");
            assertThat(row.affectedOrganisation()).isEqualTo("Sales");
            assertThat(row.systemName()).isEqualTo("Real-time reporting");
            assertThat(row.handling()).isEqualTo(ConflictHandling.DECISION_ASKED);
            assertThat(row.decideBy()).isNotNull();
        });
    }

    @Test
    void the_demo_shows_the_operations_feature_short_of_capacity_behind_finances_critical_bug() {
        ConflictRow capacity = active().stream().filter(row -> row.kind() == ConflictKind.CAPACITY
                && row.requesterOrganisation().equals("Operations")).findFirst().orElseThrow();
        List<BacklogRow> support = as(LEAD, () -> backlog.board(Lane.SUPPORT, BacklogFilter.NONE,
                PageRequest.of(0, 5)).getContent());
        assertThat(support.getFirst().organisationName()).isEqualTo("Finance");
        assertThat(support.getFirst().score()).isGreaterThan(as(LEAD, () -> backlog.card(capacity.requestId())).score());
    }

    @Test
    void the_demo_shows_a_re_ranking_with_its_reason_and_previous_position() {
        BacklogRow webhook = as(LEAD, () -> backlog.board(Lane.PRODUCT, BacklogFilter.NONE, PageRequest.of(0, 200)))
                .getContent().stream().filter(row -> row.title().equals("Webhook when an order changes status"))
                .findFirst().orElseThrow();
        assertThat(webhook.placedManually()).isTrue();
        assertThat(webhook.lastMove().fromPosition()).isGreaterThan(1);
        assertThat(webhook.lastMove().toPosition()).isEqualTo(1);
        assertThat(webhook.lastMove().reason()).contains("peak-sale freeze");
    }

    @Test
    void the_demo_weighs_meridian_for_its_regulatory_duty() {
        assertThat(as(LEAD, () -> settings.organisationWeights(PageRequest.of(0, 50))).getContent())
                .anySatisfy(weight -> {
                    assertThat(weight.organisationName()).isEqualTo("Meridian Bank");
                    assertThat(weight.weight()).isEqualByComparingTo("1.5");
                });
    }

    private List<ConflictRow> active() {
        return as(LEAD, () -> conflicts.active(PageRequest.of(0, 500)).getContent());
    }
}
