package app.ponte.oncall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.oncall.EscalationPolicies;
import app.ponte.oncall.OnCall;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.PersonOption;
import app.ponte.request.FaultAnswers;
import app.ponte.request.Priority;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Severity;
import app.ponte.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The on-call page, the acknowledge page and the request page's on-call part, without a browser. */
class OnCallViewTest extends UiTest {

    @Autowired
    OnCall onCall;
    @Autowired
    EscalationPolicies policies;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;

    @Test
    void the_team_reads_who_is_on_call_and_the_rota_but_cannot_edit_it() {
        signInAs("dev@ponte.test");
        OnCallView view = navigate(OnCallView.class);

        assertThat(view.now.getText()).containsAnyOf("Lucas Lead", "Diana Dev");
        assertThat(view.handOvers.getChildren()).isNotEmpty();
        assertThat(view.gaps.getChildren()).as("no gap in the demo rota").isEmpty();
        assertThat(view.rota.members.getChildren().map(item -> ((ListItem) item).getElement().getTextRecursively()))
                .containsExactly("Lucas Lead", "Diana Dev");
        assertThat(view.rota.save.getParent()).isEmpty();
        assertThat(view.rota.zone.isReadOnly()).isTrue();
        assertThat(view.overrides.add.getParent()).isEmpty();
        assertThat(view.policy.save.isAttached()).isFalse();
        assertThat(view.policy.rows).hasSize(3);
        assertThat(view.policy.leads.isReadOnly()).isTrue();
        assertThat(view.policy.leads.getValue()).extracting(PersonOption::displayName).containsExactly("Lucas Lead");
    }

    @Test
    void emptying_the_leads_while_a_step_pages_them_is_refused_on_the_leads_field_keeping_the_steps() {
        signInAs("admin@ponte.test");
        OnCallView view = navigate(OnCallView.class);

        view.policy.leads.clear();
        test(view.policy.save).click();

        assertThat(view.policy.leads.isInvalid()).isTrue();
        assertThat(view.policy.leads.getErrorMessage()).contains("3");
        assertThat(view.policy.rows).hasSize(3);
        assertThat(SignedIn.as(users, "admin@ponte.test", () -> policies.policy()).leadIds()).hasSize(1);
    }

    @Test
    void an_empty_rota_is_refused_on_the_people_field_and_the_rota_stays() {
        signInAs("admin@ponte.test");
        OnCallView view = navigate(OnCallView.class);

        removeFirstMember(view);
        removeFirstMember(view);
        test(view.rota.save).click();

        assertThat(view.rota.addPerson.isInvalid()).isTrue();
        assertThat(view.rota.addPerson.getErrorMessage()).isNotBlank();
        assertThat(SignedIn.as(users, "admin@ponte.test", () -> onCall.rota()).members()).hasSize(2);
    }

    @Test
    void an_override_ending_before_it_starts_is_refused_on_its_field_keeping_what_was_typed() {
        signInAs("admin@ponte.test");
        OnCallView view = navigate(OnCallView.class);
        LocalDateTime start = LocalDateTime.now().plusDays(300).withNano(0).withSecond(0);

        test(view.overrides.person).selectItem("Diana Dev");
        view.overrides.startsAt.setValue(start);
        view.overrides.endsAt.setValue(start.minusHours(2));
        test(view.overrides.reason).setValue("Swap with Lucas");
        test(view.overrides.add).click();

        assertThat(view.overrides.endsAt.isInvalid()).isTrue();
        assertThat(view.overrides.reason.getValue()).isEqualTo("Swap with Lucas");
    }

    @Test
    void a_policy_step_of_zero_minutes_is_refused_naming_the_step() {
        signInAs("admin@ponte.test");
        OnCallView view = navigate(OnCallView.class);

        view.policy.rows.get(1).minutes.setValue(0);
        test(view.policy.save).click();

        assertThat(view.policy.message.isVisible()).isTrue();
        assertThat(view.policy.message.getText()).contains("2");
        assertThat(view.policy.rows.get(1).minutes.getValue()).isZero();
    }

    @Test
    void a_tampered_acknowledge_link_says_so() {
        signInAs("lead@ponte.test");
        UI.getCurrent().navigate("on-call/ack/not-a-real-token");

        AcknowledgeView view = (AcknowledgeView) getCurrentView();
        Paragraph problem = find(Paragraph.class).id(AcknowledgeView.PROBLEM_ID);
        assertThat(problem.getText()).isNotBlank();
        assertThat(view.confirm.isAttached()).isFalse();
    }

    @Test
    void the_paged_person_reads_the_paging_on_the_request_page_and_acknowledges_there() {
        String client = fixtures.newClient();
        String requester = fixtures.newMember(client, Role.CLIENT);
        String plan = "View test " + UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into sla_plans (version, name, on_call_cover, updated_at) values (0, ?, true, ?)", plan, now);
        jdbc.update("insert into sla_plan_assignments (version, organisation_id, plan_id, updated_at) "
                + "values (0, ?, (select id from sla_plans where name = ?), ?)", fixtures.organisationId(client), plan, now);
        long id = SignedIn.as(users, requester, () -> intake.file(RequestDraft.incident("Payments fail",
                "Every payment fails.", new FaultAnswers(Severity.CRITICAL, null, "Now")).onSystem("Payments")));
        SignedIn.as(users, "lead@ponte.test", () -> workflow.triage(id, null, Priority.URGENT,
                reading.details(id).version()));
        String paged = SignedIn.as(users, "admin@ponte.test", () -> onCall.now().person().email());

        signInAs(paged);
        UI.getCurrent().navigate("requests/" + id);
        PagingPanel panel = find(PagingPanel.class).id(PagingPanel.ID);
        assertThat(panel.getElement().getTextRecursively()).contains(
                SignedIn.as(users, "admin@ponte.test", () -> onCall.now().person().displayName()));
        test(panel.acknowledge).click();

        assertThat(panel.acknowledge.isAttached()).isFalse();
        assertThat(panel.getChildren().filter(c -> c.getId().orElse("").equals("paging-history")).findFirst()
                .orElseThrow().getChildren()).hasSize(2);

        signInAs(requester);
        UI.getCurrent().navigate("requests/" + id);
        PagingPanel seen = find(PagingPanel.class).id(PagingPanel.ID);
        assertThat(seen.getElement().getTextRecursively()).doesNotContain("Lucas", "Diana");
        assertThat(seen.getChildren().filter(c -> c.getId().orElse("").equals("paging-history"))).isEmpty();
    }

    private void removeFirstMember(OnCallView view) {
        ListItem first = (ListItem) view.rota.members.getChildren().findFirst().orElseThrow();
        Button remove = (Button) first.getChildren().filter(Button.class::isInstance).reduce((a, b) -> b).orElseThrow();
        test(remove).click();
    }
}
