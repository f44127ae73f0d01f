package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.security.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every role against every service method named: one dynamic test per pair, refused with
 * {@link AccessDeniedException} exactly when the role is not among those allowed. A demo account stands for
 * each role.
 */
public final class RoleMatrix {

    public static final Map<Role, String> ACCOUNTS = Map.of(
            Role.ADMIN, "admin@ponte.test",
            Role.TEAM, "lead@ponte.test",
            Role.INTERNAL, "marketing@ponte.test",
            Role.CLIENT_ADMIN, "ana@aurora.test",
            Role.CLIENT, "leo@aurora.test");
    public static final Set<Role> TEAM = EnumSet.of(Role.ADMIN, Role.TEAM);
    public static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    private final Map<String, Set<Role>> allowed = new LinkedHashMap<>();
    private final Map<String, Runnable> calls = new LinkedHashMap<>();
    private final boolean refusedInputCounts;

    private RoleMatrix(boolean refusedInputCounts) {
        this.refusedInputCounts = refusedInputCounts;
    }

    /** An allowed role's call must succeed. */
    public static RoleMatrix strict() {
        return new RoleMatrix(false);
    }

    /**
     * An allowed role's call may also be refused for its input (a stale version, an id that does not exist):
     * changes are tested that way so that the matrix changes no data.
     */
    public static RoleMatrix pastTheCheck() {
        return new RoleMatrix(true);
    }

    public RoleMatrix call(String name, Set<Role> roles, Runnable call) {
        allowed.put(name, roles);
        calls.put(name, call);
        return this;
    }

    public Stream<DynamicTest> tests(UserDetailsService users) {
        return Stream.of(Role.values()).flatMap(role -> calls.entrySet().stream().map(call ->
                DynamicTest.dynamicTest(role + " → " + call.getKey(), () -> {
                    Throwable outcome = catchThrowable(() -> SignedIn.run(users, ACCOUNTS.get(role), call.getValue()));
                    if (!allowed.get(call.getKey()).contains(role)) {
                        assertThat(outcome).as("refused").isInstanceOf(AccessDeniedException.class);
                    } else if (refusedInputCounts && outcome != null) {
                        assertThat(outcome).as("allowed").isNotInstanceOf(AccessDeniedException.class);
                    } else {
                        assertThat(outcome).as("allowed").isNull();
                    }
                })));
    }
}
