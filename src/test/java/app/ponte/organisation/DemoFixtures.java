package app.ponte.organisation;

import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Looks up demo organisations and creates throw-away accounts for tests that change data. */
@Component
@org.springframework.context.annotation.Profile({"test", "mariadb-test"})
public class DemoFixtures {

    public static final String PASSWORD = "ponte-demo-2026";

    private final OrganisationRepository organisations;
    private final MemberService members;

    DemoFixtures(OrganisationRepository organisations, MemberService members) {
        this.organisations = organisations;
        this.members = members;
    }

    public long organisationId(String name) {
        return organisations.findByName(name).orElseThrow().getId();
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
