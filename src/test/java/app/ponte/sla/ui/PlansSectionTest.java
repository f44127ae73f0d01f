package app.ponte.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.request.Priority;
import app.ponte.sla.CalendarChoice;
import app.ponte.sla.PlanDraft;
import app.ponte.sla.PlanSummary;
import app.ponte.sla.PlanTarget;
import app.ponte.sla.SlaPlans;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plans as admins keep them and the team reads them, and the plan a client sees above its requests. */
class PlansSectionTest extends UiTest {

    static final String ADMIN = "admin@ponte.test";

    @Autowired
    SlaPlans plans;
    @Autowired
    Organisations organisations;

    @Test
    void an_admin_changes_a_target_and_sees_it_in_the_plans_table() {
        PlanSummary plan = newPlan();
        signInAs(ADMIN);
        PlansSection section = section();

        test(card(section, plan.name()).edit).click();
        roundTrip();
        test(section.editor.firstResponse(Priority.HIGH).amount).setValue(3);
        test(section.editor.save).click();

        assertThat(section.editor.isOpened()).isFalse();
        PlanCard card = card(section, plan.name());
        assertThat(test(card.targets).getCellText(1, 0)).isEqualTo("P2 (High)");
        assertThat(test(card.targets).getCellText(1, 1)).isEqualTo("3 h · Around the clock");
        assertThat(test(card.targets).getCellText(0, 1)).isEqualTo("30 min · Around the clock");
    }

    @Test
    void the_team_reads_the_plans_and_their_organisations_without_any_way_to_edit() {
        signInAs("lead@ponte.test");
        PlansSection section = section();

        PlanCard premium = card(section, "Premium 24/7");
        assertThat(test(premium.targets).getCellText(0, 1)).isEqualTo("30 min · Around the clock");
        assertThat(test(premium.targets).getCellText(2, 2)).isEqualTo("40 h · New York business hours");
        assertThat(premium.organisations.getText()).contains("Aurora Commerce");
        assertThat(section.shown).allSatisfy(card -> assertThat(card.edit.isAttached()).isFalse());
        assertThat(section.create.isAttached()).isFalse();
        assertThat(section.organisations.plan.isAttached()).isFalse();
        assertThat(test(section.organisations.grid).size()).isPositive();
    }

    @Test
    void on_a_phone_each_priority_is_a_card_with_its_two_targets_and_the_table_comes_back_on_a_wide_window() {
        signInAs("lead@ponte.test");
        PlansSection section = section();

        section.narrow(true);

        PlanCard premium = card(section, "Premium 24/7");
        assertThat(premium.targets.getColumns()).filteredOn(Grid.Column::isVisible).containsExactly(premium.card);
        PlanTarget urgent = premium.plan.targets().getFirst();
        assertThat(cell(premium.card, "priority", urgent)).isEqualTo("P1 (Urgent)");
        assertThat(cell(premium.card, "first", urgent)).isEqualTo("First response: 30 min · Around the clock");
        assertThat(cell(premium.card, "resolution", urgent)).startsWith("Resolution: ");
        section.narrow(false);
        assertThat(premium.targets.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(3)
                .doesNotContain(premium.card);
    }

    @Test
    void the_organisations_box_says_what_it_does_and_an_empty_list_would_say_why() {
        signInAs(ADMIN);
        PlansSection section = section();

        assertThat(section.organisations.organisation.getLabel()).isEqualTo("Organisation to move");
        assertThat(section.organisations.organisation.getHelperText()).contains("department or client");
        assertThat(section.organisations.plan.getHelperText()).contains("after you confirm");
        assertThat(section.organisations.grid.getEmptyStateText()).startsWith("No departments or clients yet.");
        assertThat(section.noPlans.isVisible()).as("plans exist").isFalse();
        assertThat(section.noPlans.getText()).startsWith("No SLA plans yet.");
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("SLA plans and calendars");
    }

    @Test
    void a_resolution_shorter_than_the_first_response_is_refused_on_its_field_and_what_was_typed_stays() {
        signInAs(ADMIN);
        PlansSection section = section();
        test(section.create).click();
        roundTrip();
        test(section.editor.name).setValue("Too quick");
        for (Priority priority : Priority.values()) {
            fill(section.editor.firstResponse(priority), 2);
            fill(section.editor.resolution(priority), 8);
        }
        test(section.editor.resolution(Priority.URGENT).amount).setValue(1);

        test(section.editor.save).click();

        var refused = section.editor.resolution(Priority.URGENT).amount;
        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getErrorMessage()).isEqualTo(
                "The resolution target cannot be shorter than the first response.");
        assertThat(section.editor.isOpened()).isTrue();
        assertThat(section.editor.name.getValue()).isEqualTo("Too quick");
        assertThat(section.shown).noneMatch(card -> card.plan.name().equals("Too quick"));
    }

    @Test
    void an_admin_puts_an_organisation_on_a_plan_after_confirming_and_the_plan_lists_it() {
        PlanSummary plan = newPlan();
        String department = SignedIn.as(users, ADMIN, () -> organisations.create(OrganisationKind.DEPARTMENT,
                "Dept " + UUID.randomUUID().toString().substring(0, 8), ZoneId.of("America/Sao_Paulo"), "pt-BR"))
                .name();
        signInAs(ADMIN);
        PlansSection section = section();

        test(section.organisations.organisation).setFilter(department);
        test(section.organisations.organisation).selectItem(department);
        test(section.organisations.plan).selectItem(plan.name());
        test(ConfirmDialogTester.class, find(ConfirmDialog.class).single()).confirm();

        assertThat(card(section, plan.name()).organisations.getText()).contains(department);
    }

    @Test
    void a_client_sees_its_own_support_plan_above_its_requests_and_nothing_of_another_organisations() {
        signInAs("leo@aurora.test");
        navigate("requests", Component.class);

        Details notice = find(Details.class).id("support-plan");
        assertThat(notice.isOpened()).isFalse();
        assertThat(notice.getSummaryText()).isEqualTo("Support plan: Premium 24/7 — P1 first response 30 min");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("P3 (Normal): first response 4 h · New York business hours")
                .contains("24/7 on-call cover for critical incidents: yes")
                .doesNotContain("Business hours", "Lisbon");
    }

    private PlansSection section() {
        navigate(SlaView.class);
        return find(PlansSection.class).single();
    }

    @SuppressWarnings("unchecked")
    private static String cell(Grid.Column<PlanTarget> column, String property, PlanTarget row) {
        return String.valueOf(((LitRenderer<PlanTarget>) column.getRenderer()).getValueProviders().get(property)
                .apply(row));
    }

    private static PlanCard card(PlansSection section, String name) {
        return section.shown.stream().filter(card -> card.plan.name().equals(name)).findFirst().orElseThrow();
    }

    private void fill(PlanEditor.TargetFields fields, int hours) {
        test(fields.amount).setValue(hours);
        test(fields.calendar).selectItem("Lisbon business hours");
    }

    /** A plan like Premium 24/7 but all around the clock, under a name of its own. */
    private PlanSummary newPlan() {
        return SignedIn.as(users, ADMIN, () -> {
            long always = plans.calendars().stream().filter(c -> c.name().equals("Around the clock"))
                    .map(CalendarChoice::id).findFirst().orElseThrow();
            List<PlanDraft.Target> targets = new ArrayList<>();
            int[][] minutes = {{30, 240}, {120, 960}, {240, 2400}, {480, 4800}};
            for (Priority priority : Priority.values()) {
                int[] pair = minutes[priority.ordinal()];
                targets.add(new PlanDraft.Target(priority, pair[0], always, pair[1], always));
            }
            return plans.create(new PlanDraft("Plan " + UUID.randomUUID().toString().substring(0, 8), true,
                    targets));
        });
    }
}
