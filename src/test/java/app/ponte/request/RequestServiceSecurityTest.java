package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.notification.NotificationCenter;
import app.ponte.security.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every role against every role-restricted request method: the services refuse on their own, whatever
 * a view shows. (Methods open to everyone signed in are guarded by the tenant scope, tested elsewhere.)
 */
@H2Test
class RequestServiceSecurityTest extends SignedInServiceTest {

    static final Map<Role, String> ACCOUNTS = Map.of(
            Role.ADMIN, "admin@ponte.test",
            Role.TEAM, "lead@ponte.test",
            Role.INTERNAL, "marketing@ponte.test",
            Role.CLIENT_ADMIN, "ana@aurora.test",
            Role.CLIENT, "leo@aurora.test");
    static final Set<Role> TEAM = EnumSet.of(Role.ADMIN, Role.TEAM);
    static final Set<Role> REQUESTERS = EnumSet.of(Role.INTERNAL, Role.CLIENT_ADMIN, Role.CLIENT);

    @Autowired
    RequestService requests;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    BulkTriage bulk;
    @Autowired
    SavedFilters savedFilters;
    @Autowired
    NotificationCenter center;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_methods_meant_for_it() {
        Map<String, Set<Role>> allowed = new LinkedHashMap<>();
        Map<String, Runnable> calls = new LinkedHashMap<>();
        add(allowed, calls, "inbox", TEAM, () -> requests.inbox(RequestFilter.ALL, PageRequest.of(0, 1)));
        add(allowed, calls, "exportInbox", TEAM, () -> requests.exportInbox(
                new RequestFilter("no such title at all", null, null, null, null, false)));
        add(allowed, calls, "assignableTeamMembers", TEAM, () -> requests.assignableTeamMembers());
        add(allowed, calls, "supporters", TEAM, () -> requests.supporters(anyId()));
        add(allowed, calls, "bulk", TEAM, () -> bulk.apply(List.of(), new BulkChange(null, false, null, null)));
        add(allowed, calls, "savedFilters", TEAM, () -> savedFilters.mine());
        add(allowed, calls, "ours", REQUESTERS, () -> requests.ours(RequestFilter.ALL, PageRequest.of(0, 1)));
        add(allowed, calls, "exportOurs", REQUESTERS, () -> requests.exportOurs(RequestFilter.ALL));
        return Stream.of(Role.values()).flatMap(role -> calls.entrySet().stream().map(call ->
                DynamicTest.dynamicTest(role + " → " + call.getKey(), () -> {
                    Throwable outcome = catchThrowable(() -> SignedIn.run(users, ACCOUNTS.get(role), call.getValue()));
                    if (allowed.get(call.getKey()).contains(role)) {
                        assertThat(outcome).as("allowed").isNull();
                    } else {
                        assertThat(outcome).as("refused").isInstanceOf(AccessDeniedException.class);
                    }
                })));
    }

    @Test
    void requesters_cannot_move_triage_share_or_merge_and_nobody_signed_out_reaches_anything() {
        long id = anyId();
        for (String requester : List.of("marketing@ponte.test", "ana@aurora.test", "leo@aurora.test")) {
            for (Runnable teamOnly : List.<Runnable>of(() -> workflow.move(id, RequestStatus.TRIAGED, null, 0),
                    () -> workflow.triage(id, null, Priority.LOW, 0), () -> workflow.share(id, true, 0),
                    () -> workflow.markDuplicate(id, id, null, 0))) {
                assertThat(catchThrowable(() -> SignedIn.run(users, requester, teamOnly)))
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        for (Runnable anything : List.<Runnable>of(() -> requests.details(id), () -> requests.similar("export"),
                () -> center.unreadCount(), () -> requests.file(RequestDraft.simple(RequestKind.QUESTION, "x", "y")))) {
            assertThat(catchThrowable(anything::run)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    private long anyId() {
        return SignedIn.as(users, "leo@aurora.test", () -> requests.ours(RequestFilter.ALL, PageRequest.of(0, 1)))
                .getContent().getFirst().id();
    }

    private static void add(Map<String, Set<Role>> allowed, Map<String, Runnable> calls, String name, Set<Role> roles,
            Runnable call) {
        allowed.put(name, roles);
        calls.put(name, call);
    }
}
