package app.ponte.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import app.ponte.organisation.Members;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.security.NotFoundInScopeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends UiTest {

    @Autowired
    Organisations organisations;

    @Autowired
    Members members;

    @Test
    void an_admin_reads_the_trail_and_narrows_it_to_refused_attempts_of_one_person() {
        signInAs("leo@aurora.test");
        try {
            organisations.get(Long.MAX_VALUE);
        } catch (NotFoundInScopeException expected) {
            // the refused attempt this test looks for
        }
        signInAs("admin@ponte.test");
        // The trail is newest first and other tests add to it: the admin's own changes are the newest rows.
        String unique = UUID.randomUUID().toString();
        organisations.create(OrganisationKind.CLIENT, "Audited " + unique, ZoneId.of("UTC"), "en");
        members.createAccount("audited-" + unique + "@example.test", "Audited Person", "harbour-violet-9",
                "en", ZoneId.of("UTC"));
        var view = navigate(AuditView.class);

        assertThat(rows(view)).extracting(AuditRecord::action).contains("organisation.create", "account.create");

        test(view.actor).setValue("leo@");
        test(view.outcome).selectItem("Refused");

        assertThat(rows(view)).isNotEmpty().allSatisfy(record -> {
            assertThat(record.actorEmail()).isEqualTo("leo@aurora.test");
            assertThat(record.outcome()).isEqualTo(AuditOutcome.REFUSED);
        });
        assertThat(rows(view)).extracting(AuditRecord::targetId).contains(Long.MAX_VALUE);
    }

    @Test
    void each_entry_shows_the_organisation_its_actor_worked_in_and_the_address_it_came_from() {
        signInAs("admin@ponte.test");
        String unique = UUID.randomUUID().toString();
        TrailProbe.fromAddress(() -> organisations.create(OrganisationKind.CLIENT, "Addressed " + unique,
                ZoneId.of("UTC"), "en"));
        var view = navigate(AuditView.class);
        test(view.action).selectItem("Organisation created");
        var grid = test(view.grid);

        // Newest first: the organisation just created is the first row.
        assertThat(grid.getRow(0).after()).contains("Addressed " + unique);
        assertThat(grid.getHeaderCell(2)).isEqualTo("Working in");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Backend Team");
        assertThat(grid.getHeaderCell(3)).isEqualTo("From address");
        assertThat(grid.getCellText(0, 3)).isEqualTo(TrailProbe.ADDRESS);
    }

    @Test
    void actions_and_targets_read_as_words_and_headers_are_not_the_filter_labels() {
        signInAs("admin@ponte.test");
        String unique = UUID.randomUUID().toString();
        long id = organisations.create(OrganisationKind.CLIENT, "Worded " + unique, ZoneId.of("UTC"), "en-GB").id();
        var view = navigate(AuditView.class);
        test(view.action).selectItem("Organisation created");
        var grid = test(view.grid);

        assertThat(grid.getCellText(0, 4)).isEqualTo("Organisation created");
        assertThat(grid.getCellText(0, 6)).isEqualTo("Organisation #" + id);
        assertThat(grid.getHeaderCell(1)).isEqualTo("Who").isNotEqualTo(view.actor.getLabel());
        assertThat(grid.getHeaderCell(4)).isEqualTo("What happened").isNotEqualTo(view.action.getLabel());
        assertThat(grid.getHeaderCell(5)).isEqualTo("Result").isNotEqualTo(view.outcome.getLabel());
    }

    @Test
    void every_recorded_action_and_target_has_words_of_its_own() {
        signInAs("admin@ponte.test");
        var view = navigate(AuditView.class);

        assertThat(AuditView.ACTIONS).allSatisfy(code -> assertThat(view.actionName(code)).isNotEqualTo(code)
                .doesNotStartWith("!"));
        assertThat(AuditView.TARGETS).allSatisfy(type -> assertThat(
                app.ponte.base.TranslationProvider.hasKey("audit.target." + type)).as(type).isTrue());
        assertThat(view.actionName("denied:Members.changeRole")).isEqualTo(
                "Call not allowed for the role (Members.changeRole)");
    }

    @Test
    void the_servers_own_loopback_reads_as_this_machine_in_ipv4_and_ipv6() {
        assertThat(AuditView.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(AuditView.isLoopback("::1")).isTrue();
        assertThat(AuditView.isLoopback("127.0.0.1")).isTrue();
        assertThat(AuditView.isLoopback(TrailProbe.ADDRESS)).isFalse();
        assertThat(AuditView.isLoopback("localhost")).isFalse();
    }

    @Test
    void on_a_phone_the_grid_keeps_when_what_and_result_and_the_rest_is_in_the_details() {
        signInAs("admin@ponte.test");
        var view = navigate(AuditView.class);

        view.fitTo(390);

        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getHeaderText()))
                .containsExactly("When", "What happened", "Result");
        view.fitTo(1280);
        assertThat(view.grid.getColumns()).allMatch(c -> c.isVisible());
    }

    private List<AuditRecord> rows(AuditView view) {
        var tester = test(view.grid);
        List<AuditRecord> rows = new ArrayList<>();
        for (int row = 0; row < Math.min(tester.size(), 200); row++) {
            rows.add(tester.getRow(row));
        }
        return rows;
    }
}
