package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** A production start: no demo data, an empty database of its own, the first admin from settings. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-admin;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "ponte.demo.enabled=false",
        "ponte.bootstrap.admin-email=Owner@Example.test",
        "ponte.bootstrap.admin-password=harbour-violet-tangerine",
        "ponte.bootstrap.team-name=Platform Team",
        "ponte.bootstrap.time-zone=Europe/Berlin"})
@ActiveProfiles("test")
class FirstAdministratorTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AccountRepository accounts;

    @Test
    void an_empty_installation_gets_its_first_administrator_in_the_team_organisation() {
        PonteUser admin = (PonteUser) users.loadUserByUsername("owner@example.test");

        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.requireActive().role()).isEqualTo(Role.ADMIN);
        assertThat(admin.requireActive().organisationName()).isEqualTo("Platform Team");
        assertThat(passwordEncoder.matches("harbour-violet-tangerine", admin.getPassword())).isTrue();
        assertThat(accounts.count()).isEqualTo(1);
    }
}
