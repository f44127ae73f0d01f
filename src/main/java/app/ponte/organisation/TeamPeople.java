package app.ponte.organisation;

import app.ponte.security.AnyoneSignedIn;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of the team's people for other features that keep their account ids (who changed a promised
 * date, say): only people who are or were members of a team organisation, whose names every organisation
 * may read; any other id is left out, so nobody reads another organisation's people by guessing ids.
 */
@Service
@Transactional(readOnly = true)
public class TeamPeople {

    private final EntityManager entityManager;

    TeamPeople(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Display names by account id, for those of the ids that belong to team people. */
    @AnyoneSignedIn
    public Map<Long, String> names(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select distinct a from Membership m join m.account a join m.organisation o
                        where a.id in :ids and o.kind = app.ponte.organisation.OrganisationKind.TEAM
                        """, Account.class).setParameter("ids", accountIds).getResultList().stream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }
}
