package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantScopeTest {

    @Test
    void admins_and_team_members_see_every_organisation() {
        assertThat(TenantScope.of(new MembershipGrant(1, 10, "Team", Role.ADMIN)).includes(99)).isTrue();
        assertThat(TenantScope.of(new MembershipGrant(1, 10, "Team", Role.TEAM)).includes(99)).isTrue();
    }

    @Test
    void departments_and_clients_see_only_their_active_organisation() {
        for (Role role : new Role[] {Role.INTERNAL, Role.CLIENT_ADMIN, Role.CLIENT}) {
            TenantScope scope = TenantScope.of(new MembershipGrant(1, 10, "Org", role));
            assertThat(scope.includes(10)).as(role.name()).isTrue();
            assertThat(scope.includes(11)).as(role.name()).isFalse();
        }
    }
}
