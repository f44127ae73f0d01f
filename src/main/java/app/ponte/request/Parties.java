package app.ponte.request;

import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
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
    private final TeamDirectory team;

    Parties(EntityManager entityManager, TeamDirectory team) {
        this.entityManager = entityManager;
        this.team = team;
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
        return team.activeTeamPeople();
    }

    /** Whether the account is an active member of an active team organisation. */
    boolean isActiveTeamPerson(long accountId) {
        return team.isActiveTeamPerson(accountId);
    }
}
