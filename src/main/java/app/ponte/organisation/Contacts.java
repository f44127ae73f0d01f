package app.ponte.organisation;

import app.ponte.security.InternalToServices;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom other features write to on an organisation's behalf (a feedback form, a survey, a follow-up): a person by
 * id, the people who speak for an organisation, its account manager, the organisations the team serves. Internal
 * to services: they are called inside an already checked call, by a job or from a public link's token.
 */
@Service
@Transactional(readOnly = true)
public class Contacts {

    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;

    Contacts(ContactRepository contacts, AccountRepository accounts, OrganisationRepository organisations,
            MembershipRepository memberships) {
        this.memberships = memberships;
        this.contacts = contacts;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** The person, if the account exists and is active. */
    @InternalToServices
    public Optional<Contact> person(long accountId) {
        return accounts.findById(accountId).filter(Account::isActive).map(Contact::of);
    }

    /** Whether the person is an active member of this (active) organisation. */
    @InternalToServices
    public boolean isActiveMember(long accountId, long organisationId) {
        return contacts.isActiveMember(accountId, organisationId);
    }

    /** A client's client admins, a department's members: those asked the relationship survey. */
    @InternalToServices
    public List<Contact> spokespeople(long organisationId) {
        return contacts.findSpokespeople(organisationId).stream().map(Contact::of).toList();
    }

    /** The organisation's account manager, if it has one still active on the team. */
    @InternalToServices
    public Optional<Contact> accountManager(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::getAccountManager)
                .filter(Account::isActive).filter(manager -> memberships.isActiveTeamPerson(manager.getId()))
                .map(Contact::of);
    }

    /** The active departments and clients. */
    @InternalToServices
    public List<ServedOrganisation> served() {
        return contacts.findServed().stream().map(ServedOrganisation::of).toList();
    }

    /** One organisation as {@link #served()} describes it, whatever its state. */
    @InternalToServices
    public Optional<ServedOrganisation> organisation(long organisationId) {
        return organisations.findById(organisationId).map(ServedOrganisation::of);
    }

    /** The organisation's active members (active accounts, active organisation), by name. */
    @InternalToServices
    public List<Contact> activeMembers(long organisationId) {
        return contacts.findActiveMembers(organisationId).stream().map(Contact::of).toList();
    }

    /** Each active person's time zone (issue 17: an invitation tells the time in the reader's zone). */
    @InternalToServices
    public Map<Long, ZoneId> timeZones(Collection<Long> accountIds) {
        Map<Long, ZoneId> zones = new HashMap<>();
        accounts.findAllById(accountIds).stream().filter(Account::isActive)
                .forEach(account -> zones.put(account.getId(), account.getTimeZone()));
        return zones;
    }
}
