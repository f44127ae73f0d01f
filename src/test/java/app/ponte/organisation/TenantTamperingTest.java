package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.audit.AuditFilter;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditTrail;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Members of one organisation try, by id, to read or change what belongs to another client, a
 * department or the team, through every service method that takes an id. Every attempt must be
 * refused (as "not found" where the role may use the method at all), change nothing, and leave a
 * "refused" entry in the audit trail.
 */
@H2Test
class TenantTamperingTest {

    private static final List<String> ATTACKERS = List.of("ana@aurora.test", "leo@aurora.test",
            "marketing@ponte.test", "rita@meridian.test");

    @Autowired
    Organisations organisations;
    @Autowired
    Members members;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordResets resets;
    @Autowired
    ActiveOrganisation activeOrganisation;
    @Autowired
    AuditTrail audit;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @TestFactory
    Stream<DynamicTest> no_member_reaches_another_organisation_by_id() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String attacker : ATTACKERS) {
            String own = ((app.ponte.security.PonteUser) users.loadUserByUsername(attacker)).requireActive()
                    .organisationName();
            for (var target : targets(own).entrySet()) {
                for (var operation : operations(target.getKey()).entrySet()) {
                    tests.add(DynamicTest.dynamicTest(attacker + " → " + operation.getKey() + " on " + target.getKey(),
                            () -> attempt(attacker, operation.getValue(), target.getValue())));
                }
            }
        }
        return tests.stream();
    }

    private void attempt(String attacker, LongConsumer operation, long id) {
        Instant before = clock.instant();
        String roleBefore = describeTarget(id);

        Throwable refusal = SignedIn.as(users, attacker, () -> catchThrowable(() -> operation.accept(id)));

        assertThat(refusal).isInstanceOfAny(NotFoundInScopeException.class, AccessDeniedException.class);
        assertThat(describeTarget(id)).isEqualTo(roleBefore);
        int refusedEntries = SystemAuthentication.runAsAdmin(() -> audit.find(new AuditFilter(before.minusMillis(1),
                clock.instant().plusSeconds(1), attacker, null, AuditOutcome.REFUSED), PageRequest.of(0, 50))
                .getNumberOfElements());
        assertThat(refusedEntries).as("refusal recorded in the audit trail").isPositive();
    }

    /** Ids of things in other organisations than the attacker's own. */
    private Map<String, Long> targets(String ownOrganisation) {
        Map<String, Long> targets = new java.util.LinkedHashMap<>();
        for (String organisation : List.of("Meridian Bank", "Aurora Commerce", "Marketing", "Backend Team")) {
            if (!organisation.equals(ownOrganisation)) {
                targets.put("organisation " + organisation, fixtures.organisationId(organisation));
            }
        }
        Map<String, String> foreignMembers = Map.of("Meridian Bank", "rita@meridian.test", "Aurora Commerce",
                "leo@aurora.test", "Marketing", "marketing@ponte.test", "Backend Team", "lead@ponte.test");
        foreignMembers.forEach((organisation, email) -> {
            if (!organisation.equals(ownOrganisation)) {
                targets.put("membership in " + organisation, fixtures.membershipId(email, organisation));
                targets.put("account in " + organisation, fixtures.accountId(email));
            }
        });
        return targets;
    }

    private Map<String, LongConsumer> operations(String target) {
        Map<String, LongConsumer> operations = new java.util.LinkedHashMap<>();
        if (target.startsWith("organisation")) {
            operations.put("read", organisations::get);
            operations.put("read details", organisations::details);
            operations.put("update", id -> organisations.update(id, new OrganisationDraft(OrganisationKind.CLIENT,
                    "Hijacked", ZoneId.of("UTC"), "en", null, ReviewCadence.WEEKLY, null), 0));
            operations.put("deactivate", id -> organisations.setActive(id, false, 0));
            operations.put("invite into", id -> invitations.invite("intruder@example.test", id, Role.CLIENT));
        } else if (target.startsWith("membership")) {
            operations.put("change role", id -> members.changeRole(id, Role.CLIENT_ADMIN, 0));
            operations.put("deactivate", id -> members.setMembershipActive(id, false, 0));
            operations.put("remove", id -> members.removeMembership(id, 0));
            operations.put("switch into", activeOrganisation::switchTo);
        } else {
            operations.put("deactivate account", id -> members.setAccountActive(id, false, 0));
            operations.put("force password reset", resets::forceReset);
        }
        return operations;
    }

    private String describeTarget(long id) {
        return SystemAuthentication.runAsAdmin(() -> members.list(MemberFilter.ALL, PageRequest.of(0, 1000))
                .stream().filter(m -> m.membershipId() == id || m.accountId() == id || m.organisationId() == id)
                .map(MemberSummary::toString).sorted().toList().toString());
    }
}
