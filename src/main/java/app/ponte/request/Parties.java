package app.ponte.request;

import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.References;
import app.ponte.organisation.ServedOrganisations;
import app.ponte.organisation.TeamDirectory;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The people and organisations a request refers to. The organisation feature owns them; requests only
 * point at them through its published {@link References}, and ask its services the few questions they have.
 */
@Component
class Parties {

    private final References references;
    private final TeamDirectory team;
    private final ServedOrganisations served;

    Parties(References references, TeamDirectory team, ServedOrganisations served) {
        this.references = references;
        this.team = team;
        this.served = served;
    }

    Account account(long accountId) {
        return references.account(accountId);
    }

    Organisation organisation(long organisationId) {
        return references.organisation(organisationId);
    }

    /** Whether the team can file a request for this organisation: an active department or client. */
    boolean isRequestingOrganisation(long organisationId) {
        return served.includes(organisationId);
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
