package app.ponte.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.NotFoundInScopeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Freeze windows: who declares them, what they must respect, who sees them. */
@H2Test
class FreezeWindowsTest extends SignedInServiceTest {

    @Autowired
    FreezeWindows windows;
    @Autowired
    SystemCatalogue catalogue;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TestClock clock;

    @Test
    void the_demo_has_the_seeds_windows_and_each_organisation_sees_only_its_own() {
        assertThat(as("lead@ponte.test", () -> windows.upcoming())).extracting(FreezeWindowEntry::organisationName)
                .contains("Aurora Commerce", "Sales");
        assertThat(as("leo@aurora.test", () -> windows.upcoming())).isNotEmpty()
                .allSatisfy(w -> assertThat(w.organisationName()).isEqualTo("Aurora Commerce"))
                .anySatisfy(w -> assertThat(w.systemName()).isEqualTo("Orders API"));
        assertThat(as("marketing@ponte.test", () -> windows.upcoming()))
                .noneMatch(w -> w.organisationName().equals("Sales"));
    }

    @Test
    void a_window_must_be_a_real_future_period_with_a_reason_on_a_system_the_organisation_depends_on() {
        long invoicing = systemId("Invoicing");
        LocalDate soon = clock.today().plusDays(200);
        assertThat(refused(new FreezeWindowDraft(invoicing, null, soon, soon.minusDays(1), "Audit"))).isEqualTo("endsOn");
        assertThat(refused(new FreezeWindowDraft(invoicing, null, soon.minusDays(400), soon.minusDays(390), "Old")))
                .isEqualTo("endsOn");
        assertThat(refused(new FreezeWindowDraft(invoicing, null, soon, soon.plusDays(120), "Forever")))
                .isEqualTo("endsOn");
        assertThat(refused(new FreezeWindowDraft(invoicing, null, soon, soon.plusDays(2), "  "))).isEqualTo("reason");
        assertThat(refused(new FreezeWindowDraft(systemId("Employee directory"), null, soon, soon.plusDays(2),
                "Not ours"))).isEqualTo("system");

        FreezeWindowEntry audit = as("rita@meridian.test", () -> windows.declare(
                new FreezeWindowDraft(invoicing, null, soon, soon.plusDays(3), "Regulatory audit")));
        assertThat(audit.organisationName()).isEqualTo("Meridian Bank");
        assertThat(refused(new FreezeWindowDraft(invoicing, null, soon.plusDays(3), soon.plusDays(5), "Overlaps")))
                .isEqualTo("startsOn");
    }

    @Test
    void another_organisation_cannot_touch_a_window_by_id_and_a_stale_change_is_refused() {
        long invoicing = systemId("Invoicing");
        LocalDate later = clock.today().plusDays(300);
        FreezeWindowEntry mine = as("rita@meridian.test", () -> windows.declare(
                new FreezeWindowDraft(invoicing, null, later, later.plusDays(1), "Year-end closing")));
        var change = new FreezeWindowDraft(invoicing, null, later, later.plusDays(2), "Longer");

        assertThat(catchThrowable(() -> as("ana@aurora.test", () -> windows.change(mine.id(), change, mine.version()))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> SignedIn.run(users, "ana@aurora.test",
                () -> windows.withdraw(mine.id(), mine.version())))).isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as("leo@aurora.test", () -> windows.declare(change))))
                .isInstanceOf(AccessDeniedException.class);

        as("lead@ponte.test", () -> windows.change(mine.id(), change, mine.version()));
        assertThat(catchThrowable(() -> as("rita@meridian.test", () -> windows.change(mine.id(),
                new FreezeWindowDraft(invoicing, null, later, later.plusDays(4), "Mine"), mine.version()))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    private String refused(FreezeWindowDraft draft) {
        Throwable refusal = catchThrowable(() -> as("rita@meridian.test", () -> windows.declare(draft)));
        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        return ((RejectedInputException) refusal).field();
    }

    private long systemId(String name) {
        List<SystemSummary> all = as("lead@ponte.test", () -> catalogue.list("", PageRequest.of(0, 100)))
                .getContent();
        return all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }
}
