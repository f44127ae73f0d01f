package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.session.SessionRegistryImpl;

/** Which sessions end when a membership changes, on Spring Security's own session registry. */
class SessionTerminatorTest {

    private static final MembershipGrant IN_A = new MembershipGrant(11, 1, "A", Role.CLIENT);
    private static final MembershipGrant IN_B = new MembershipGrant(12, 2, "B", Role.CLIENT);
    private static final PonteUser PERSON = new PonteUser(7, "p@example.test", "", true, "P", "en", "UTC",
            List.of(IN_A, IN_B), IN_A);
    private static final PonteUser COLLEAGUE = new PonteUser(8, "c@example.test", "", true, "C", "en", "UTC",
            List.of(IN_A), IN_A);

    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final SessionTerminator terminator = new SessionTerminator(registry);
    private final PrincipalRefresher refresher = new PrincipalRefresher(registry);

    @Test
    void a_change_in_one_organisation_ends_only_the_persons_sessions_working_there() {
        registry.registerNewSession("person-in-a", PERSON);
        registry.registerNewSession("person-in-b", PERSON.withActive(IN_B));
        registry.registerNewSession("colleague-in-a", COLLEAGUE);

        int ended = terminator.endSessionsWorkingIn(7, 1);

        assertThat(ended).isOne();
        assertThat(registry.getSessionInformation("person-in-a").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("person-in-b").isExpired()).isFalse();
        assertThat(registry.getSessionInformation("colleague-in-a").isExpired()).isFalse();
    }

    @Test
    void a_session_that_switched_organisation_is_ended_by_a_change_in_the_organisation_it_switched_to() {
        registry.registerNewSession("switching", PERSON);

        refresher.registerAgain("switching", PERSON.withActive(IN_B));

        assertThat(terminator.endSessionsWorkingIn(7, 1)).isZero();
        assertThat(terminator.endSessionsWorkingIn(7, 2)).isOne();
        assertThat(registry.getSessionInformation("switching").isExpired()).isTrue();
    }

    @Test
    void a_session_already_ended_is_not_revived_by_switching() {
        registry.registerNewSession("ended", PERSON);
        registry.getSessionInformation("ended").expireNow();

        refresher.registerAgain("ended", PERSON.withActive(IN_B));

        assertThat(registry.getSessionInformation("ended").isExpired()).isTrue();
    }

    @Test
    void deactivating_the_account_still_ends_every_session_of_it() {
        registry.registerNewSession("person-in-a", PERSON);
        registry.registerNewSession("person-in-b", PERSON.withActive(IN_B));

        assertThat(terminator.endSessionsOf(Set.of(7L))).isEqualTo(2);
    }
}
