package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@H2Test
class DormantAccountsTest {

    @Autowired
    DormantAccounts dormant;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    @Test
    void a_new_member_counts_as_never_signed_in_until_their_first_sign_in() throws Exception {
        long before = SystemAuthentication.runAsAdmin(dormant::count);
        String email = fixtures.newMember("Meridian Bank", Role.CLIENT);

        assertThat(SystemAuthentication.runAsAdmin(dormant::count)).isEqualTo(before + 1);
        DormantAccount listed = everyDormant().stream().filter(a -> a.email().equals(email)).findFirst()
                .orElseThrow();
        assertThat(listed.organisations()).containsExactly("Meridian Bank");
        assertThat(listed.invitedAt()).isNull(); // made by an administrator, not invited

        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(post("/login").param("username", email).param("password", DemoFixtures.PASSWORD).with(csrf())
                .with(request -> {
                    request.setRemoteAddr("198.51.100.61");
                    return request;
                }))
                .andExpect(authenticated());

        assertThat(SystemAuthentication.runAsAdmin(dormant::count)).isEqualTo(before);
        assertThat(everyDormant()).extracting(DormantAccount::email).doesNotContain(email);
    }

    @Test
    void the_count_equals_the_rows_of_the_oldest_first_list() {
        fixtures.newMember("Aurora Commerce", Role.CLIENT);

        List<DormantAccount> all = everyDormant();

        assertThat(SystemAuthentication.runAsAdmin(dormant::count)).isEqualTo(all.size());
        assertThat(all).extracting(DormantAccount::createdAt).isSorted();
    }

    @Test
    void only_administrators_may_read_the_accounts_never_signed_in() {
        for (String email : List.of("lead@ponte.test", "ana@aurora.test", "marketing@ponte.test")) {
            SignedIn.run(users, email, () -> {
                assertThatThrownBy(dormant::count).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> dormant.oldest(PageRequest.of(0, 10)))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
    }

    private List<DormantAccount> everyDormant() {
        return SystemAuthentication.runAsAdmin(() -> {
            List<DormantAccount> all = new ArrayList<>();
            Pageable page = PageRequest.of(0, 100);
            Slice<DormantAccount> slice;
            do {
                slice = dormant.oldest(page);
                all.addAll(slice.getContent());
                page = page.next();
            } while (slice.hasNext());
            return all;
        });
    }
}
