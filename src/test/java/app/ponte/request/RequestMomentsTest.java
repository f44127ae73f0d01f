package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The moments that clocks, paging and feedback follow are published as the request lives them. */
@H2Test
@RecordApplicationEvents
class RequestMomentsTest extends SignedInServiceTest {

    static final String CLIENT = "leo@aurora.test";
    static final String TEAM = "lead@ponte.test";

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;
    @Autowired
    Conversation conversations;
    @Autowired
    ApplicationEvents events;

    @Test
    void filing_answering_waiting_and_resolving_are_each_told_once_with_who_and_what_changed() {
        long id = as(CLIENT, () -> intake.file(RequestDraft.bug("Refunds fail", "Every refund fails.",
                new FaultAnswers(Severity.CRITICAL, "Refund an order.", "Since noon")).onSystem("Orders API")));
        as(TEAM, () -> { conversations.comment(id, "Internal: looking at the logs", true); return null; });
        as(TEAM, () -> { conversations.comment(id, "We are on it.", false); return null; });
        long version = as(TEAM, () -> reading.details(id).version());
        long triaged = as(TEAM, () -> workflow.move(id, RequestStatus.TRIAGED, null, version));
        as(TEAM, () -> workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER, "Which order?", triaged));
        as(CLIENT, () -> { conversations.comment(id, "Order 42.", false); return null; });

        var moments = events.stream(RequestMoment.class).filter(moment -> moment.requestId() == id).toList();

        assertThat(moments).extracting(RequestMoment::moment).containsExactly(RequestMoment.Kind.FILED,
                RequestMoment.Kind.TEAM_ANSWERED, RequestMoment.Kind.STATUS_CHANGED,
                RequestMoment.Kind.STATUS_CHANGED, RequestMoment.Kind.REQUESTER_ANSWERED,
                RequestMoment.Kind.STATUS_CHANGED);
        assertThat(moments.get(0).isSupport()).isTrue();
        assertThat(moments.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(moments.get(3).from()).isEqualTo(RequestStatus.TRIAGED);
        assertThat(moments.get(3).status()).isEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
        assertThat(moments.get(4).actorId()).isEqualTo(moments.get(0).requesterId());
        // The requester's answer moves the request back to where it was before waiting, as their own move.
        assertThat(moments.get(5).from()).isEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
        assertThat(moments.get(5).status()).isEqualTo(RequestStatus.TRIAGED);
        assertThat(moments.get(5).actorId()).isEqualTo(moments.get(0).requesterId());
        assertThat(moments.get(0).priority()).as("proposed by the critical severity").isEqualTo(Priority.URGENT);
    }
}
