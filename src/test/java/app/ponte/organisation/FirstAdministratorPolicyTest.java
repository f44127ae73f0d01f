package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import app.ponte.security.PasswordPolicy;
import org.junit.jupiter.api.Test;

class FirstAdministratorPolicyTest {

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final Organisations organisations = mock(Organisations.class);
    private final Members members = mock(Members.class);

    @Test
    void a_weak_first_administrator_password_stops_the_start_and_creates_nothing() {
        when(accounts.count()).thenReturn(0L);
        var bootstrap = new FirstAdministrator(accounts, organisations, members, new PasswordPolicy(),
                "owner@example.test", "password1234", "Backend Team", "UTC", "en");

        assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TOO_COMMON");
        verifyNoInteractions(organisations, members);
    }

    @Test
    void an_installation_with_accounts_is_left_alone() {
        when(accounts.count()).thenReturn(3L);
        var bootstrap = new FirstAdministrator(accounts, organisations, members, new PasswordPolicy(),
                "owner@example.test", "harbour-violet-tangerine", "Backend Team", "UTC", "en");

        bootstrap.run(null);

        verifyNoInteractions(organisations, members);
    }
}
