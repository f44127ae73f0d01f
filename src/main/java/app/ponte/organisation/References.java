package app.ponte.organisation;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * How another feature points at a person or an organisation from its own records: the organisation feature
 * owns {@link Account} and {@link Organisation} and publishes them for that use only (a reference to join
 * names in a list, never a change). Everything else other features need to know is asked through this
 * feature's services, by id.
 */
@Component
public class References {

    private final EntityManager entityManager;

    References(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The account with this id, as a reference for an association (not loaded). */
    public Account account(long accountId) {
        return entityManager.getReference(Account.class, accountId);
    }

    /** The organisation with this id, as a reference for an association (not loaded). */
    public Organisation organisation(long organisationId) {
        return entityManager.getReference(Organisation.class, organisationId);
    }
}
