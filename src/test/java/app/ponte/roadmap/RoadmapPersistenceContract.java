package app.ponte.roadmap;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.planning.Confidence;
import app.ponte.planning.PlanningFixtures;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Milestones with their requests, promises and their changes, the same on H2 and MariaDB; rolls back. */
abstract class RoadmapPersistenceContract {

    @Autowired
    TestClock clock;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope scope;
    @Autowired
    MilestoneDates dates;
    @Autowired
    Deliveries deliveries;
    @Autowired
    PromiseLedger promises;
    @Autowired
    RoadmapReading roadmap;
    @Autowired
    MilestoneRepository milestones;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;

    @Test
    void a_milestone_keeps_its_requests_and_systems_and_the_ledger_its_promises_changes_and_outcomes() {
        transactions.executeWithoutResult(status -> {
            long request = fixtures.change("ops@ponte.test", "Contract dock screen", today().plusDays(150),
                    "Orders API");
            fixtures.plan(request, "2");
            long operations = fixtures.organisationId("Operations");
            SignedIn.run(users, LEAD, () -> {
                long initiative = initiatives.createInitiative(new InitiativeDraft("Contract initiative", "Why", true,
                        Confidence.HIGH, today().plusDays(300)));
                long milestone = initiatives.addMilestone(initiative, new MilestoneDraft("First", "Part one", true));
                scope.link(milestone, request);
                assertThat(milestones.linksRequest(request)).isTrue();
                dates.commit(milestone, today().plusDays(60), "Agreed", version(milestone));
                dates.commit(milestone, today().plusDays(75), "Supplier late", version(milestone));

                assertThat(promises.ledger(operations, PageRequest.of(0, 500)).getContent())
                        .filteredOn(p -> p.milestoneId() == milestone).singleElement().satisfies(promise -> {
                            assertThat(promise.initiativeTitle()).isEqualTo("Contract initiative");
                            assertThat(promise.promisedOn()).isEqualTo(today().plusDays(75));
                            assertThat(promise.changes()).extracting(PromiseChangeEntry::reason)
                                    .containsExactly("Supplier late");
                        });
                assertThat(roadmap.initiatives(fixtures.organisationId("Meridian Bank"), null, null,
                        PageRequest.of(0, 100)).getContent()).extracting(InitiativeOverview::title).contains("Contract initiative");
                long ordersApi = fixtures.system("Orders API");
                assertThat(roadmap.initiatives(null, ordersApi, DeliveryStatus.IN_PROGRESS, PageRequest.of(0, 500))
                        .getContent()).extracting(InitiativeOverview::title).contains("Contract initiative");
                deliveries.deliver(milestone, today(), version(milestone));
                assertThat(promises.promiseSummary(operations).keptOnTime()).isPositive();
                assertThat(promises.deliveryRecord()).isNotEmpty();
                assertThat(dates.plan(milestone).effortLikely()).isEqualByComparingTo("2");
                // The delivery of a public milestone of a public initiative is in every organisation's changelog.
                assertThat(deliveries.changelog(fixtures.organisationId("Meridian Bank"), PageRequest.of(0, 50))
                        .getContent()).extracting(ChangelogLine::title).contains("Contract initiative: First");
                assertThat(promises.ledger(operations, PageRequest.of(0, 500)).getContent())
                        .filteredOn(p -> p.milestoneId() == milestone).singleElement()
                        .satisfies(promise -> assertThat(promise.state()).isEqualTo(PromiseState.KEPT_ON_TIME));
            });
            status.setRollbackOnly();
        });
    }

    @Test
    void a_withdrawn_promise_keeps_its_day_and_reason_once_read_back_from_the_database() {
        transactions.executeWithoutResult(status -> {
            long request = fixtures.change("ops@ponte.test", "Contract gate screen", today().plusDays(150),
                    "Orders API");
            fixtures.plan(request, "2");
            long operations = fixtures.organisationId("Operations");
            SignedIn.run(users, LEAD, () -> {
                long initiative = initiatives.createInitiative(new InitiativeDraft("Contract withdrawal", null, false,
                        Confidence.LOW, today().plusDays(300)));
                long milestone = initiatives.addMilestone(initiative, new MilestoneDraft("Gate", "The gate screen"));
                scope.link(milestone, request);
                dates.commit(milestone, today().plusDays(60), "Agreed", version(milestone));
                scope.unlink(milestone, request, "Moved to the yard initiative", version(milestone));
                entityManager.clear();

                assertThat(milestones.linksRequest(request)).isFalse();
                assertThat(promises.ledger(operations, PageRequest.of(0, 500)).getContent())
                        .filteredOn(p -> p.milestoneId() == milestone).singleElement().satisfies(promise -> {
                            assertThat(promise.withdrawnOn()).isEqualTo(today());
                            assertThat(promise.withdrawReason()).isEqualTo("Moved to the yard initiative");
                            assertThat(promise.state()).isEqualTo(PromiseState.BROKEN);
                        });
                assertThat(promises.promiseSummary(operations).broken()).isPositive();
            });
            status.setRollbackOnly();
        });
    }

    private long version(long milestone) {
        return milestones.findById(milestone).orElseThrow().getVersion();
    }

    /** Today as the application sees it (the test clock). */
    private LocalDate today() {
        return clock.today();
    }
}
