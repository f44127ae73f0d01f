package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Profile and password changes of one's own account. Each test works on a fresh account. */
@H2Test
class AccountsTest {

    static final String ADDRESS = "192.0.2.41";

    @Autowired
    Accounts accountService;
    @Autowired
    AccountRepository accounts;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Members memberService;

    String email;

    @BeforeEach
    void signInAsFreshAccount() {
        email = fixtures.newMember("Meridian Bank", Role.CLIENT);
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_profile_change_is_saved_and_the_signed_in_user_follows_it() {
        Profile loaded = accountService.myProfile();

        Profile saved = accountService.updateMyProfile(new Profile(loaded.email(), "  Maria Souza ", "pt-BR",
                ZoneId.of("America/Sao_Paulo"), loaded.version()));

        assertThat(saved.displayName()).isEqualTo("Maria Souza");
        assertThat(saved.version()).isGreaterThan(loaded.version());
        Account stored = accounts.findByEmail(email).orElseThrow();
        assertThat(stored.getLanguage()).isEqualTo("pt-BR");
        assertThat(stored.getTimeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(currentUser.require().displayName()).isEqualTo("Maria Souza");
        assertThat(currentUser.require().languageTag()).isEqualTo("pt-BR");
    }

    @Test
    void a_save_based_on_an_old_version_is_refused_and_changes_nothing() {
        Profile loaded = accountService.myProfile();
        accountService.updateMyProfile(new Profile(loaded.email(), "First Save", "en", ZoneId.of("UTC"),
                loaded.version()));

        assertThatThrownBy(() -> accountService.updateMyProfile(new Profile(loaded.email(), "Second Save", "en",
                ZoneId.of("UTC"), loaded.version()))).isInstanceOf(ConcurrentEditException.class);
        assertThat(accounts.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("First Save");
    }

    @Test
    void a_blank_or_over_long_display_name_is_refused_with_a_message_for_the_name_field() {
        Profile loaded = accountService.myProfile();

        for (String name : new String[] {"   ", "x".repeat(121)}) {
            assertThatThrownBy(() -> accountService.updateMyProfile(new Profile(loaded.email(), name, "en",
                    ZoneId.of("UTC"), loaded.version()))).isInstanceOfSatisfying(RejectedInputException.class,
                            e -> assertThat(e.field()).isEqualTo("displayName"));
        }
        assertThat(accountService.myProfile().version()).isEqualTo(loaded.version());
    }

    @Test
    void a_renamed_person_is_found_under_the_new_name_in_the_member_list() {
        Profile loaded = accountService.myProfile();
        accountService.updateMyProfile(new Profile(loaded.email(), "Zuleika Quintanilha", "en", ZoneId.of("UTC"),
                loaded.version()));

        var found = SignedIn.as(users, "admin@ponte.test",
                () -> memberService.list(new MemberFilter("zuleika quint", null, null, null), PageRequest.of(0, 10)));

        assertThat(found.getContent()).extracting(MemberSummary::email).containsExactly(email);
        assertThat(found.getContent()).extracting(MemberSummary::displayName).containsExactly("Zuleika Quintanilha");
    }

    @Test
    void the_password_changes_only_with_the_right_current_password_and_a_strong_new_one() {
        assertThatThrownBy(() -> accountService.changeMyPassword("wrong", "harbour-violet-tangerine", ADDRESS))
                .isInstanceOfSatisfying(PasswordChangeException.class, e -> assertThat(e.messageKeys())
                        .containsExactly(PasswordChangeException.WRONG_CURRENT_PASSWORD));
        assertThatThrownBy(() -> accountService.changeMyPassword(DemoFixtures.PASSWORD, "qwerty123456", ADDRESS))
                .isInstanceOfSatisfying(PasswordChangeException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("password.problem.TOO_COMMON"));
        assertThatThrownBy(() -> accountService.changeMyPassword(DemoFixtures.PASSWORD, "short", ADDRESS))
                .isInstanceOfSatisfying(PasswordChangeException.class, e -> assertThat(e.messageKeys())
                        .contains("password.problem.TOO_SHORT"));

        accountService.changeMyPassword(DemoFixtures.PASSWORD, "harbour-violet-tangerine", ADDRESS);

        String hash = accounts.findByEmail(email).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{argon2}");
        assertThat(passwordEncoder.matches("harbour-violet-tangerine", hash)).isTrue();
    }
}
