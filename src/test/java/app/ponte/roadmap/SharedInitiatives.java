package app.ponte.roadmap;

import static app.ponte.planning.PlanningFixtures.LEAD;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.planning.Confidence;
import app.ponte.planning.PlanningFixtures;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * One initiative delivering two clients' requests in two milestones, built through the real services: Aurora's
 * "Aurora pick lists" and Meridian's "Meridian ledger sync", both dated, Meridian's date moved once with a
 * reason that names it ("Meridian Bank's audit moved the cut-over").
 */
@Component
@Profile({"test", "mariadb-test"})
public class SharedInitiatives {

    public static final String AURORA = "ana@aurora.test";
    public static final String MERIDIAN = "rita@meridian.test";
    public static final String MERIDIAN_REASON = "Meridian Bank's audit moved the cut-over";

    private final UserDetailsService users;
    private final PlanningFixtures fixtures;
    private final Initiatives initiatives;
    private final MilestoneScope scope;
    private final MilestoneDates dates;
    private final Deliveries deliveries;
    private final TestClock clock;

    SharedInitiatives(UserDetailsService users, PlanningFixtures fixtures, Initiatives initiatives,
            MilestoneScope scope, MilestoneDates dates, Deliveries deliveries, TestClock clock) {
        this.users = users;
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.scope = scope;
        this.dates = dates;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** The initiative, its two milestones and the request each delivers, by id. */
    public record Shared(long initiative, long aurora, long meridian, long auroraRequest, long meridianRequest) {
    }

    public Shared create(String title, boolean publicInitiative) {
        long auroraRequest = fixtures.change(AURORA, title + ": pick lists", today().plusDays(150), "Auth service");
        fixtures.plan(auroraRequest, "2");
        long meridianRequest = fixtures.change(MERIDIAN, title + ": ledger", today().plusDays(150), "Auth service");
        fixtures.plan(meridianRequest, "2");
        return SignedIn.as(users, LEAD, () -> {
            long initiative = initiatives.createInitiative(new InitiativeDraft(title, "Two clients, one gateway",
                    publicInitiative, Confidence.MEDIUM, today().plusDays(300)));
            long forAurora = initiatives.addMilestone(initiative, new MilestoneDraft("Aurora pick lists",
                    "Pick lists through the gateway"));
            scope.link(forAurora, auroraRequest);
            long forMeridian = initiatives.addMilestone(initiative, new MilestoneDraft("Meridian ledger sync",
                    "Meridian's ledger fed nightly"));
            scope.link(forMeridian, meridianRequest);
            dates.commit(forAurora, today().plusDays(200), "Agreed", version(forAurora));
            dates.commit(forMeridian, today().plusDays(100), "Agreed", version(forMeridian));
            dates.commit(forMeridian, today().plusDays(120), MERIDIAN_REASON, version(forMeridian));
            return new Shared(initiative, forAurora, forMeridian, auroraRequest, meridianRequest);
        });
    }

    /** The team marks the milestone delivered today. */
    public void deliver(long milestone) {
        SignedIn.run(users, LEAD, () -> deliveries.deliver(milestone, today(), version(milestone)));
    }

    public long version(long milestone) {
        return SignedIn.as(users, LEAD, () -> dates.plan(milestone).milestone().version());
    }

    private LocalDate today() {
        return clock.today();
    }
}
