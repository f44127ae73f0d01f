package app.ponte.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.Entities;
import app.ponte.TestClock;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** The catalogue's schema and list query, the same on H2 and MariaDB; every test rolls back. */
abstract class SystemPersistenceContract {

    @Autowired
    SystemRepository systems;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;

    @Test
    void a_system_keeps_its_target_exactly_and_is_listed_for_the_organisations_depending_on_it() {
        transactions.executeWithoutResult(status -> {
            Organisation aurora = organisation("Aurora Commerce");
            var system = new OperatedSystem(clock.instant());
            system.update("Contract system", null, account("lead@ponte.test").getId(), Criticality.HIGH,
                    new BigDecimal("99.995"), Set.of(aurora.getId(), organisation("Marketing").getId()),
                    clock.instant());
            systems.saveAndFlush(system);
            entityManager.clear();

            assertThat(systems.findById(system.getId()).orElseThrow().getAvailabilityTarget())
                    .isEqualByComparingTo("99.995");
            assertThat(systems.findListed(aurora.getId(), "contract%", PageRequest.of(0, 10)).getContent())
                    .singleElement().satisfies(row -> assertThat(row.dependents()).isEqualTo(2));
            assertThat(systems.findListed(organisation("Meridian Bank").getId(), "contract%", PageRequest.of(0, 10))
                    .getContent()).isEmpty();
            status.setRollbackOnly();
        });
    }

    private Organisation organisation(String name) {
        return Entities.organisation(entityManager, name);
    }

    private Account account(String email) {
        return Entities.account(entityManager, email);
    }
}
