package app.ponte.organisation;

import app.ponte.dashboard.ServedOrganisationDirectory;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations the relationship health list watches: every active department and client, id and name in one
 * projection query (two columns a row, no entity loaded), for 5,000 organisations at once. It answers for everyone:
 * the recompute job calls it without a signed-in person, and who may read the list is the dashboard's to check.
 */
@Component
class ServedOrganisationNames implements ServedOrganisationDirectory {

    private final EntityManager entityManager;

    ServedOrganisationNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> servedOrganisations() {
        Map<Long, String> served = new LinkedHashMap<>();
        entityManager.createQuery("""
                        select o.id, o.name from Organisation o
                        where o.active = true and o.kind <> app.ponte.organisation.OrganisationKind.TEAM
                        order by o.id
                        """, Object[].class)
                .getResultStream().forEach(row -> served.put((Long) row[0], (String) row[1]));
        return served;
    }
}
