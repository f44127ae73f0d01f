package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.security.PasswordPolicy;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The creation path of the first administrator, on the real database. (The shared test database
 * has accounts already, so the test calls the creation step that an empty database would reach;
 * {@link FirstAdministratorPolicyTest} covers the decision around it.)
 */
@H2Test
class FirstAdministratorTest {

    @Autowired
    AccountRepository accounts;
    @Autowired
    Organisations organisations;
    @Autowired
    Members members;
    @Autowired
    PasswordPolicy passwordPolicy;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void the_first_administrator_can_sign_in_as_admin_of_the_new_team_organisation() {
        String suffix = UUID.randomUUID().toString();
        var bootstrap = new FirstAdministrator(accounts, organisations, members, passwordPolicy,
                "Owner-" + suffix + "@Example.test", "harbour-violet-tangerine", "Platform Team " + suffix,
                "Europe/Berlin", "en");

        bootstrap.createFirstAdministrator();

        PonteUser admin = (PonteUser) users.loadUserByUsername("owner-" + suffix + "@example.test");
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.requireActive().role()).isEqualTo(Role.ADMIN);
        assertThat(admin.requireActive().organisationName()).isEqualTo("Platform Team " + suffix);
        assertThat(admin.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(passwordEncoder.matches("harbour-violet-tangerine", admin.getPassword())).isTrue();
    }
}
