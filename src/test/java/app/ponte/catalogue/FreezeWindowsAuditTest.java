package app.ponte.catalogue;

import static app.ponte.audit.TrailProbe.fromAddress;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import app.ponte.organisation.DemoFixtures;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Every change to a freeze window is audited; a withdrawn window, deleted for good, lives on in the trail. */
@H2Test
class FreezeWindowsAuditTest extends SignedInServiceTest {

    private static final String RITA = "rita@meridian.test";

    @Autowired
    FreezeWindows windows;
    @Autowired
    SystemCatalogue catalogue;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TrailProbe trail;
    @Autowired
    TestClock clock;

    @Test
    void declaring_changing_and_withdrawing_a_window_are_audited_with_readable_before_and_after() {
        Instant since = clock.instant();
        long invoicing = as(RITA, () -> catalogue.list("Invoicing", PageRequest.of(0, 5))).getContent().stream()
                .filter(s -> s.name().equals("Invoicing")).findFirst().orElseThrow().id();
        LocalDate start = clock.today().plusDays(610);

        FreezeWindowEntry declared = as(RITA, () -> fromAddress(() -> windows.declare(
                new FreezeWindowDraft(invoicing, null, start, start.plusDays(2), "Annual audit"))));
        FreezeWindowEntry changed = as(RITA, () -> fromAddress(() -> windows.change(declared.id(),
                new FreezeWindowDraft(invoicing, null, start, start.plusDays(4), "Annual audit, extended"),
                declared.version())));
        as(RITA, () -> fromAddress(() -> {
            windows.withdraw(changed.id(), changed.version());
            return null;
        }));

        AuditRecord declaring = trail.newest(since, RITA, "freeze-window.declare", declared.id());
        assertThat(declaring.before()).isNull();
        assertThat(declaring.after()).contains("Invoicing", start.toString(), start.plusDays(2).toString(),
                "Annual audit");
        AuditRecord changing = trail.newest(since, RITA, "freeze-window.change", declared.id());
        assertThat(changing.before()).isEqualTo(declaring.after());
        assertThat(changing.after()).contains(start.plusDays(4).toString(), "Annual audit, extended");
        AuditRecord withdrawing = trail.newest(since, RITA, "freeze-window.withdraw", declared.id());
        assertThat(withdrawing.before()).isEqualTo(changing.after());
        assertThat(withdrawing.after()).isNull();

        long meridian = fixtures.organisationId("Meridian Bank");
        assertThat(new AuditRecord[] {declaring, changing, withdrawing}).allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DONE);
            assertThat(entry.targetType()).isEqualTo("FreezeWindow");
            assertThat(entry.organisationId()).isEqualTo(meridian);
            assertThat(entry.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
            assertThat(entry.activeOrganisationId()).isEqualTo(meridian);
            assertThat(entry.activeOrganisationName()).isEqualTo("Meridian Bank");
        });
    }
}
