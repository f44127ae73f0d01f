package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.dashboard.ServedOrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@H2Test
class ServedOrganisationNamesTest {

    @Autowired
    ServedOrganisationDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_served_organisations_are_the_active_departments_and_clients_by_id_and_name_never_the_team() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE organisations SET active = FALSE WHERE name = 'Finance'").update();

            var served = directory.servedOrganisations();

            assertThat(served.values()).contains("Marketing", "Sales", "Aurora Commerce", "Meridian Bank")
                    .doesNotContain("Backend Team", "Finance");
            long auroraId = jdbc.sql("SELECT id FROM organisations WHERE name = 'Aurora Commerce'")
                    .query(Long.class).single();
            assertThat(served).containsEntry(auroraId, "Aurora Commerce");
            status.setRollbackOnly();
        });
    }
}
