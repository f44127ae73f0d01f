package app.ponte.organisation;

import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Looks up demo data and creates throw-away organisations and accounts for tests that change data. */
@Component
@Profile({"test", "mariadb-test"})
public class DemoFixtures {

    public static final String PASSWORD = "ponte-demo-2026";

    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final AccountRepository accounts;
    private final Members members;
    private final Organisations organisationService;

    DemoFixtures(OrganisationRepository organisations, MembershipRepository memberships, AccountRepository accounts,
            Members members, Organisations organisationService) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.members = members;
        this.organisationService = organisationService;
    }

    public long organisationId(String name) {
        return organisations.findByName(name).orElseThrow().getId();
    }

    public long accountId(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    public long membershipId(String email, String organisation) {
        return memberships.findByAccountIdAndOrganisationId(accountId(email), organisationId(organisation))
                .orElseThrow().getId();
    }

    public long membershipVersion(long membershipId) {
        return memberships.findById(membershipId).orElseThrow().getVersion();
    }

    public long accountVersion(String email) {
        return accounts.findByEmail(email).orElseThrow().getVersion();
    }

    /** A new client company of its own, so that a test's changes touch nobody else's data. */
    public String newClient() {
        String name = "Client " + UUID.randomUUID();
        SystemAuthentication.runAsAdmin(() -> organisationService.create(OrganisationKind.CLIENT, name,
                ZoneId.of("America/New_York"), "en"));
        return name;
    }

    /** A new account with one membership; returns its e-mail, unique per call. */
    public String newMember(String organisation, Role role) {
        String email = "test-" + UUID.randomUUID() + "@ponte.test";
        SystemAuthentication.runAsAdmin(() -> {
            long accountId = members.createAccount(email, "Test Person", PASSWORD, "en", ZoneId.of("UTC"));
            return members.addMembership(accountId, organisationId(organisation), role);
        });
        return email;
    }

    /** A new account with no membership at all: it can prove its password but not enter. */
    public String newAccountWithoutMembership() {
        String email = "lonely-" + UUID.randomUUID() + "@ponte.test";
        SystemAuthentication.runAsAdmin(() ->
                members.createAccount(email, "Lonely Person", PASSWORD, "en", ZoneId.of("UTC")));
        return email;
    }
}
