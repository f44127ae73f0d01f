package app.ponte.roadmap;

import static app.ponte.audit.TrailProbe.fromAddress;
import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import app.ponte.planning.Confidence;
import app.ponte.planning.PlanningFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A committed date is a promise: committing and changing it are in the audit trail. */
@H2Test
class DateCommitAuditTest extends SignedInServiceTest {

    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope scope;
    @Autowired
    MilestoneDates dates;
    @Autowired
    MilestoneRepository milestones;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TrailProbe trail;
    @Autowired
    TestClock clock;

    @Test
    void committing_a_date_and_changing_it_are_audited_with_the_dates_and_the_reason() {
        Instant since = clock.instant();
        long request = fixtures.change("ops@ponte.test", "Audited dock schedule", clock.today().plusDays(150),
                "Orders API");
        fixtures.plan(request, "3");
        long milestone = as(LEAD, () -> {
            long initiative = initiatives.createInitiative(new InitiativeDraft("Audited dock visibility", null, false,
                    Confidence.MEDIUM, clock.today().plusDays(300)));
            long id = initiatives.addMilestone(initiative, new MilestoneDraft("Dock board", "The board"));
            scope.link(id, request);
            return id;
        });
        LocalDate first = clock.today().plusDays(200);

        SignedIn.run(users, LEAD, () -> fromAddress(() -> dates.commit(milestone, first, "Agreed with Operations",
                version(milestone))));
        SignedIn.run(users, LEAD, () -> fromAddress(() -> dates.commit(milestone, first.plusDays(14),
                "The carrier API changed", version(milestone))));

        List<AuditRecord> entries = trail.all(since, LEAD, "milestone.commit").stream()
                .filter(entry -> entry.targetId() == milestone).toList();
        assertThat(entries).hasSize(2);
        AuditRecord committed = entries.get(1);
        AuditRecord changed = entries.get(0);
        assertThat(committed.before()).isNull();
        assertThat(committed.after()).contains(first.toString(), "Agreed with Operations");
        assertThat(changed.before()).contains(first.toString());
        assertThat(changed.after()).contains(first.plusDays(14).toString(), "The carrier API changed");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DONE);
            assertThat(entry.targetType()).isEqualTo("Milestone");
            assertThat(entry.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
            assertThat(entry.activeOrganisationName()).isEqualTo("Backend Team");
        });
    }

    private long version(long milestone) {
        return milestones.findById(milestone).orElseThrow().getVersion();
    }
}
