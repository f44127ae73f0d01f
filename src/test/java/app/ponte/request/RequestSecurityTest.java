package app.ponte.request;

import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
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
 * Every role against every public method of the request services: the services refuse on their own, whatever
 * a view shows, and nothing is reached signed out. (Methods open to everyone signed in are also guarded by the
 * tenant scope, tested elsewhere.)
 */
@H2Test
class RequestSecurityTest extends SignedInServiceTest {

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
    RequestFollowers followers;
    @Autowired
    Assessments assessments;
    @Autowired
    Conversation conversation;
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

    /**
     * The rest of every request service's public methods, called so that an allowed role is stopped by its input
     * (an id that does not exist, a blank text) and no data changes: only the refusal for the role counts.
     */
    @TestFactory
    Stream<DynamicTest> every_public_method_of_the_request_services_says_who_may_call_it() {
        var matrix = RoleMatrix.pastTheCheck();
        everyMethod().forEach((name, call) -> matrix.call(name, allowed(name), call));
        return matrix.tests(users);
    }

    @Test
    void requesters_cannot_move_triage_share_or_merge_and_nobody_signed_out_reaches_anything() {
        long id = anyId();
        for (String requester : List.of("marketing@ponte.test", "ana@aurora.test", "leo@aurora.test")) {
            for (Runnable teamOnly : List.<Runnable>of(() -> workflow.move(id, RequestStatus.TRIAGED, null, 0),
                    () -> workflow.triage(id, null, Priority.LOW, 0), () -> workflow.share(id, true, 0),
                    () -> workflow.markDuplicate(id, id, null, 0),
                    () -> workflow.decide(id, new TeamDecision(null, Priority.LOW, null, null, null), 0))) {
                assertThat(catchThrowable(() -> SignedIn.run(users, requester, teamOnly)))
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        for (Runnable anything : List.<Runnable>of(() -> reading.details(id), () -> intake.similar("export"),
                () -> center.unreadCount(), () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, "x", "y")))) {
            assertThat(catchThrowable(anything::run)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        everyMethod().forEach((name, call) -> assertThat(catchThrowable(call::run)).as(name)
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    /** Each public method of RequestIntake, RequestLists, RequestReading, RequestSupport, RequestFollowers,
     * Assessments, Conversation and RequestWorkflow, by name; {@link #allowed} says who may call it. */
    private Map<String, Runnable> everyMethod() {
        long none = 0;
        var blank = RequestDraft.simple(RequestKind.QUESTION, " ", "y");
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("intake.file", () -> intake.file(blank));
        calls.put("intake.file+files", () -> intake.file(blank, List.of()));
        calls.put("intake.similar", () -> intake.similar("export"));
        calls.put("lists.ours", () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 1)));
        calls.put("lists.exportOurs", () -> lists.exportOurs(new RequestFilter("no such title at all", null, null,
                null, null, false)));
        calls.put("lists.oursByStatus", () -> lists.oursByStatus(RequestFilter.ALL));
        calls.put("lists.inbox", () -> lists.inbox(RequestFilter.ALL, PageRequest.of(0, 1)));
        calls.put("lists.inboxByStatus", () -> lists.inboxByStatus(RequestFilter.ALL));
        calls.put("lists.exportInbox", () -> lists.exportInbox(new RequestFilter("no such title at all", null, null,
                null, null, false)));
        calls.put("reading.details", () -> reading.details(none));
        calls.put("reading.history", () -> reading.history(none));
        calls.put("reading.visibility", () -> reading.visibility(none));
        calls.put("reading.assignableTeamMembers", () -> reading.assignableTeamMembers());
        calls.put("support.shared", () -> support.shared(none));
        calls.put("support.support", () -> support.support(none, " "));
        calls.put("support.supporters", () -> support.supporters(none));
        calls.put("followers.tell", () -> followers.tell(none, NotificationEvent.RANK_CHANGED, List.of()));
        calls.put("followers.watch", () -> followers.watch(none, false));
        calls.put("assessments.assess", () -> assessments.assess(none, null, null));
        calls.put("assessments.assessment", () -> assessments.assessment(none));
        calls.put("assessments.assessmentVersion", () -> assessments.assessmentVersion(none));
        calls.put("conversation.read", () -> conversation.read(none));
        calls.put("conversation.mentionable", () -> conversation.mentionable(none, true));
        calls.put("conversation.comment", () -> conversation.comment(none, " ", false));
        calls.put("conversation.comment+files", () -> conversation.comment(none, " ", false, List.of()));
        calls.put("workflow.move", () -> workflow.move(none, RequestStatus.TRIAGED, null, 0));
        calls.put("workflow.markDuplicate", () -> workflow.markDuplicate(none, none, null, 0));
        calls.put("workflow.share", () -> workflow.share(none, true, 0));
        calls.put("workflow.triage", () -> workflow.triage(none, null, null, 0));
        calls.put("workflow.decide", () -> workflow.decide(none, new TeamDecision(null, null, null, null, null), 0));
        calls.put("workflow.withdraw", () -> workflow.withdraw(none, null, 0));
        calls.put("workflow.reopen", () -> workflow.reopen(none, "why", 0));
        return calls;
    }

    private static Set<Role> allowed(String method) {
        return switch (method) {
            case "lists.ours", "lists.exportOurs", "lists.oursByStatus", "support.shared", "support.support" -> REQUESTERS;
            case "lists.inbox", "lists.exportInbox", "lists.inboxByStatus", "reading.assignableTeamMembers", "support.supporters",
                    "followers.tell", "assessments.assess", "assessments.assessmentVersion", "workflow.move",
                    "workflow.markDuplicate", "workflow.share", "workflow.triage", "workflow.decide" -> TEAM;
            default -> RoleMatrix.EVERYONE;
        };
    }

    private long anyId() {
        return SignedIn.as(users, "leo@aurora.test", () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 1)))
                .getContent().getFirst().id();
    }

}
