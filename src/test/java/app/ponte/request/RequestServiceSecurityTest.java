package app.ponte.request;

import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.notification.NotificationCenter;
import app.ponte.security.Role;
import java.util.EnumSet;
import java.util.List;
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

    static final Set<Role> REQUESTERS = EnumSet.of(Role.INTERNAL, Role.CLIENT_ADMIN, Role.CLIENT);

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestLists lists;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestSupport support;
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
        return RoleMatrix.strict()
                .call("inbox", TEAM, () -> lists.inbox(RequestFilter.ALL, PageRequest.of(0, 1)))
                .call("exportInbox", TEAM, () -> lists.exportInbox(
                        new RequestFilter("no such title at all", null, null, null, null, false)))
                .call("assignableTeamMembers", TEAM, () -> reading.assignableTeamMembers())
                .call("supporters", TEAM, () -> support.supporters(anyId()))
                .call("bulk", TEAM, () -> bulk.apply(List.of(), new BulkChange(null, false, null, null)))
                .call("savedFilters", TEAM, () -> savedFilters.mine())
                .call("ours", REQUESTERS, () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 1)))
                .call("exportOurs", REQUESTERS, () -> lists.exportOurs(RequestFilter.ALL))
                .tests(users);
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
        for (Runnable anything : List.<Runnable>of(() -> reading.details(id), () -> intake.similar("export"),
                () -> center.unreadCount(), () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, "x", "y")))) {
            assertThat(catchThrowable(anything::run)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    private long anyId() {
        return SignedIn.as(users, "leo@aurora.test", () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 1)))
                .getContent().getFirst().id();
    }

}
