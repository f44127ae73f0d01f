package app.ponte.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.organisation.Organisations;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.SystemAuthentication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@H2Test
class RefusalsPerDayTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Autowired
    AuditTrail trail;
    @Autowired
    Organisations organisations;
    @Autowired
    UserDetailsService users;
    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;

    @Test
    void a_refused_access_and_a_failed_sign_in_count_on_today_each_under_its_own_kind() throws Exception {
        RefusalsPerDay before = SystemAuthentication.runAsAdmin(() -> trail.refusalsPerDay(SAO_PAULO, 7));

        SignedIn.run(users, "leo@aurora.test", () -> assertThatThrownBy(() -> organisations.get(Long.MAX_VALUE))
                .isInstanceOf(NotFoundInScopeException.class));
        MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(post("/login").param("username", "leo@aurora.test").param("password", "not-his-password")
                        .with(csrf()).with(request -> {
                            request.setRemoteAddr("198.51.100.62");
                            return request;
                        }))
                .andExpect(unauthenticated());

        RefusalsPerDay after = SystemAuthentication.runAsAdmin(() -> trail.refusalsPerDay(SAO_PAULO, 7));
        assertThat(after.days()).hasSize(7).last().isEqualTo(LocalDate.now(clock.withZone(SAO_PAULO)));
        assertThat(after.count(6, RefusalKind.ACCESS)).isEqualTo(before.count(6, RefusalKind.ACCESS) + 1);
        assertThat(after.count(6, RefusalKind.FAILED_SIGN_IN))
                .isEqualTo(before.count(6, RefusalKind.FAILED_SIGN_IN) + 1);
        assertThat(after.count(6, RefusalKind.THROTTLED_SIGN_IN))
                .isEqualTo(before.count(6, RefusalKind.THROTTLED_SIGN_IN));
    }

    @Test
    void each_days_figure_equals_the_entries_the_trail_lists_for_that_day_and_kind() {
        SignedIn.run(users, "rita@meridian.test", () -> assertThatThrownBy(() -> organisations.get(Long.MAX_VALUE))
                .isInstanceOf(NotFoundInScopeException.class));

        SystemAuthentication.runAsAdmin(() -> {
            RefusalsPerDay refusals = trail.refusalsPerDay(SAO_PAULO, 7);
            for (int day = 0; day < 7; day++) {
                LocalDate date = refusals.days().get(day);
                for (RefusalKind kind : RefusalKind.values()) {
                    var listed = trail.find(new AuditFilter(date.atStartOfDay(SAO_PAULO).toInstant(),
                            date.plusDays(1).atStartOfDay(SAO_PAULO).toInstant(), null, null, null, kind),
                            PageRequest.of(0, 10_000));
                    assertThat(listed.getNumberOfElements()).as(date + " " + kind)
                            .isEqualTo(refusals.count(day, kind));
                }
            }
            assertThat(refusals.count(6, RefusalKind.ACCESS)).isPositive();
            return null;
        });
    }

    @Test
    void only_administrators_may_count_the_refusals() {
        for (String email : List.of("lead@ponte.test", "ana@aurora.test")) {
            SignedIn.run(users, email, () -> assertThatThrownBy(() -> trail.refusalsPerDay(SAO_PAULO, 7))
                    .isInstanceOf(AccessDeniedException.class));
        }
    }
}
