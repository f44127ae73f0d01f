package app.ponte.demo;

import app.ponte.oncall.EscalationPolicies;
import app.ponte.oncall.EscalationStep;
import app.ponte.oncall.IncidentPages;
import app.ponte.oncall.OnCall;
import app.ponte.oncall.RotaDraft;
import app.ponte.oncall.StepKind;
import app.ponte.organisation.PersonOption;
import app.ponte.request.Priority;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestLists;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestSummary;
import app.ponte.request.RequestWorkflow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The on-call demo, after the demo requests (and the SLA plans: paging needs Aurora on its 24/7 plan): lead@ and
 * dev@ponte.test take turns weekly, handing over on Mondays at 09:00 São Paulo time; the policy names lead@ as the
 * team's lead (whom SLA breaches are escalated to as well) and pages the person on call, then the next person of the
 * rota, then the lead. Aurora's Orders API outage is a P1 incident, paged to the
 * person on call, who acknowledged it. All through the secured services, as the people themselves.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoOnCall {

    private static final Logger log = LoggerFactory.getLogger(DemoOnCall.class);
    private static final String ADMIN = "admin@ponte.test";
    private static final String TEAM_LEAD = "lead@ponte.test";
    private static final String OUTAGE = "Orders API returns 503 at peak traffic";

    private final OnCall onCall;
    private final EscalationPolicies policies;
    private final IncidentPages pages;
    private final RequestLists lists;
    private final RequestReading reading;
    private final RequestWorkflow workflow;
    private final DemoActors actors;

    DemoOnCall(OnCall onCall, EscalationPolicies policies, IncidentPages pages, RequestLists lists,
            RequestReading reading, RequestWorkflow workflow, DemoActors actors) {
        this.onCall = onCall;
        this.policies = policies;
        this.pages = pages;
        this.lists = lists;
        this.reading = reading;
        this.workflow = workflow;
        this.actors = actors;
    }

    /** The rota and the policy, before the demo requests are filed: an incident filed then pages at once. */
    void rota(LocalDate today) {
        actors.as(ADMIN, () -> {
            Map<String, Long> team = onCall.teamPeople().stream()
                    .collect(Collectors.toMap(PersonOption::email, PersonOption::accountId));
            onCall.saveRota(new RotaDraft(List.of(team.get(TEAM_LEAD), team.get("dev@ponte.test")), DayOfWeek.MONDAY,
                    LocalTime.of(9, 0), ZoneId.of("America/Sao_Paulo"), today), null);
            policies.save(List.of(new EscalationStep(StepKind.ON_CALL, 15, List.of()),
                    new EscalationStep(StepKind.NEXT_ON_ROTA, 15, List.of()),
                    new EscalationStep(StepKind.LEADS, 15, List.of())), List.of(team.get(TEAM_LEAD)), null);
            return null;
        });
    }

    /** Aurora's outage is a P1, and the person it paged acknowledged it. */
    void acknowledgeOutage() {
        long outage = actors.as(TEAM_LEAD, () -> {
            RequestSummary found = lists.inbox(new RequestFilter(OUTAGE, RequestKind.INCIDENT, null, null, null, false),
                    PageRequest.of(0, 5)).getContent().stream().filter(r -> r.title().equals(OUTAGE)).findFirst()
                    .orElseThrow();
            RequestDetails details = reading.details(found.id());
            if (details.triage().priority() != Priority.URGENT) {
                workflow.triage(found.id(), details.triage().assigneeId(), Priority.URGENT, details.version());
            }
            return found.id();
        });
        String onCallNow = actors.as(ADMIN, () -> {
            PersonOption person = onCall.now().person();
            return person == null ? null : person.email();
        });
        if (onCallNow == null || !actors.as(TEAM_LEAD, () -> pages.history(outage).paged())) {
            log.warn("Demo on-call: request {} was not paged", outage);
            return;
        }
        actors.as(onCallNow, () -> {
            pages.acknowledge(outage);
            return null;
        });
    }
}
