package app.ponte.request;

import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.PersonOption;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The people and organisations a request refers to. The organisation feature owns them; requests only
 * point at them, so a reference by id is all this needs, plus two questions about them.
 */
@Component
class Parties {

    private final EntityManager entityManager;

    Parties(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Account account(long accountId) {
        return entityManager.getReference(Account.class, accountId);
    }

    Organisation organisation(long organisationId) {
        return entityManager.getReference(Organisation.class, organisationId);
    }

    /** An active department or client the team can file a request for. */
    Optional<Organisation> requestingOrganisation(long organisationId) {
        return Optional.ofNullable(entityManager.find(Organisation.class, organisationId))
                .filter(o -> o.isActive() && o.getKind() != OrganisationKind.TEAM);
    }

    /** Active team members, by name: who a request can be assigned to. */
    List<PersonOption> teamPeople() {
        return entityManager.createQuery("""
                select distinct new app.ponte.organisation.PersonOption(a.id, a.displayName, a.email)
                from Membership m join m.account a join m.organisation o
                where o.kind = app.ponte.organisation.OrganisationKind.TEAM and o.active = true
                  and m.active = true and a.active = true
                order by a.displayName
                """, PersonOption.class).getResultList();
    }

    /** Whether the account is an active member of an active team organisation: who requests are assigned to. */
    boolean isActiveTeamPerson(long accountId) {
        return entityManager.createQuery("""
                select count(m) from Membership m join m.account a join m.organisation o
                where a.id = :accountId and o.kind = app.ponte.organisation.OrganisationKind.TEAM
                  and o.active = true and m.active = true and a.active = true
                """, Long.class).setParameter("accountId", accountId).getSingleResult() > 0;
    }
}
