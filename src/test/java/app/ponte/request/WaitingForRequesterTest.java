package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotificationLine;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Severity proposes the priority at intake, and the requester's answer takes a waiting request back to work. */
@H2Test
class WaitingForRequesterTest extends SignedInServiceTest {

    static final String CLIENT = "leo@aurora.test";
    static final String CLIENT_ADMIN = "ana@aurora.test";
    static final String TEAM = "lead@ponte.test";
    static final String DEV = "dev@ponte.test";

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;
    @Autowired
    Conversation conversations;
    @Autowired
    NotificationCenter center;
    @Autowired
    RequestFollowers followers;

    @Test
    void a_fault_gets_the_priority_its_severity_proposes_and_a_question_normal() {
        long high = as(CLIENT, () -> intake.file(RequestDraft.bug("Coupons ignored", "Coupons are not applied.",
                new FaultAnswers(Severity.HIGH, "Try it.", "Today")).onSystem("Orders API")));
        long low = as(CLIENT, () -> intake.file(RequestDraft.incident("Slow search", "Search takes 3 s.",
                new FaultAnswers(Severity.LOW, "Try it.", "Today")).onSystem("Orders API")));
        long question = as(CLIENT, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, "Rate limits?",
                "What are the API's rate limits?")));
        long idea = as(CLIENT, () -> intake.file(RequestDraft.idea("Dark mode", "Please add a dark mode.",
                ProductAnswers.of("Everyone", "At night", "Comfort"))));

        assertThat(priority(high)).isEqualTo(Priority.HIGH);
        assertThat(priority(low)).isEqualTo(Priority.LOW);
        assertThat(priority(question)).isEqualTo(Priority.NORMAL);
        assertThat(priority(idea)).as("product kinds are ranked by planning, not proposed a priority").isNull();
    }

    @Test
    void the_team_sets_another_priority_over_the_proposed_one() {
        long id = as(CLIENT, () -> intake.file(RequestDraft.bug("Totals wrong", "Cart totals are off by a cent.",
                new FaultAnswers(Severity.LOW, "Try it.", "Today")).onSystem("Orders API")));
        as(TEAM, () -> workflow.triage(id, null, Priority.URGENT, reading.details(id).version()));

        assertThat(priority(id)).isEqualTo(Priority.URGENT);
    }

    @Test
    void the_requesters_public_answer_moves_a_waiting_request_back_to_the_status_it_had_and_tells_the_watchers() {
        long id = as(CLIENT, () -> intake.file(RequestDraft.bug("Labels misprinted", "Shipping labels cut off.",
                new FaultAnswers(Severity.MEDIUM, "Try it.", "Today")).onSystem("Orders API")));
        as(TEAM, () -> {
            conversations.comment(id, "Looking at it.", false);
            workflow.move(id, RequestStatus.TRIAGED, null, reading.details(id).version());
            workflow.move(id, RequestStatus.IN_PROGRESS, null, reading.details(id).version());
            return workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER, "Which printer?", reading.details(id).version());
        });
        long toldBefore = statusNoticesOfTeam(id);

        as(CLIENT_ADMIN, () -> {
            conversations.comment(id, "A Zebra ZT410.", false);
            return null;
        });

        assertThat(as(TEAM, () -> reading.details(id).status())).isEqualTo(RequestStatus.IN_PROGRESS);
        HistoryEntry last = as(TEAM, () -> reading.history(id)).getLast();
        assertThat(last.fromStatus()).isEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
        assertThat(last.toStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(last.note()).isNull();
        assertThat(last.actorName()).isEqualTo("Ana Aurora");
        assertThat(statusNoticesOfTeam(id)).as("the lead watches it and hears of the move").isEqualTo(toldBefore + 1);
    }

    @Test
    void an_internal_note_or_a_team_reply_leaves_a_waiting_request_waiting() {
        long id = as(CLIENT, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, "Export format?",
                "Which formats can orders be exported in?")));
        as(TEAM, () -> workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER, "For which system?",
                reading.details(id).version()));

        as(TEAM, () -> {
            conversations.comment(id, "Probably the ERP.", true);
            conversations.comment(id, "Any news?", false);
            return null;
        });

        assertThat(as(TEAM, () -> reading.details(id).status())).isEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
        as(CLIENT, () -> {
            conversations.comment(id, "For our ERP.", false);
            return null;
        });
        assertThat(as(TEAM, () -> reading.details(id).status())).as("back to where it was: new")
                .isEqualTo(RequestStatus.NEW);
    }

    @Test
    void the_requester_hears_its_request_waits_for_it_and_a_watching_team_member_that_it_waits_for_the_requester() {
        long id = as(CLIENT, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, "Refund webhooks?",
                "Do refunds send a webhook?")));
        as(DEV, () -> {
            followers.watch(id, true);
            return null;
        });

        as(TEAM, () -> workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER, "For which shop?",
                reading.details(id).version()));

        assertThat(statusWords(CLIENT, id)).containsExactly("request.status.for-requester.WAITING_FOR_REQUESTER");
        assertThat(statusWords(DEV, id)).containsExactly("request.status.WAITING_FOR_REQUESTER");
    }

    private java.util.List<String> statusWords(String email, long id) {
        return as(email, () -> center.latest(50)).stream()
                .filter(line -> line.messageKey().equals(NotificationEvent.STATUS_CHANGED.messageKey()))
                .filter(line -> line.link().equals("requests/" + id))
                .map(line -> line.arguments().getLast())
                .map(argument -> ((NotificationLine.Argument.Key) argument).key()).toList();
    }

    private Priority priority(long id) {
        return as(TEAM, () -> reading.details(id).triage().priority());
    }

    private long statusNoticesOfTeam(long id) {
        return as(TEAM, () -> center.latest(50)).stream()
                .filter(line -> line.messageKey().equals(NotificationEvent.STATUS_CHANGED.messageKey()))
                .filter(line -> line.link().equals("requests/" + id)).map(NotificationLine::id).count();
    }
}
