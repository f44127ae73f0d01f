package app.ponte.sla;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.notification.Recipient;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.TeamRecipients;
import app.ponte.request.SlaTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who hears of a clock's target: at risk, the assignee (the escalation leads while nobody is assigned); breached,
 * the leads and the organisation's account manager. Always team people, so the request's words reach nobody who
 * may not read them. Notifications are stored in the caller's transaction (the e-mail after its commit), so they
 * exist exactly when the told mark or the breach they belong to was committed.
 */
@Component
class Escalation {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);

    private final NotificationCenter center;
    private final TeamRecipients recipients;
    private final EscalationLeads leads;
    private final OrganisationNames organisations;

    Escalation(NotificationCenter center, TeamRecipients recipients, EscalationLeads leads,
            OrganisationNames organisations) {
        this.center = center;
        this.recipients = recipients;
        this.leads = leads;
        this.organisations = organisations;
    }

    void atRisk(SupportClock clock, SlaTarget target) {
        List<Recipient> told = clock.getAssigneeId() == null ? List.of()
                : recipients.activeTeamPeople(Set.of(clock.getAssigneeId()));
        if (told.isEmpty()) {
            told = recipients.activeTeamPeople(leads.ids());
        }
        tell(clock, target, NotificationEvent.SLA_AT_RISK, told);
    }

    void breached(SupportClock clock, SlaTarget target) {
        Map<Long, Recipient> told = new LinkedHashMap<>();
        recipients.activeTeamPeople(leads.ids()).forEach(r -> told.put(r.accountId(), r));
        recipients.accountManagerOf(clock.getOrganisationId()).ifPresent(r -> told.putIfAbsent(r.accountId(), r));
        tell(clock, target, NotificationEvent.SLA_BREACHED, new ArrayList<>(told.values()));
    }

    private void tell(SupportClock clock, SlaTarget target, NotificationEvent event, List<Recipient> told) {
        if (told.isEmpty()) {
            log.warn("Nobody to tell of {} on request {}: no assignee, escalation lead or account manager", event,
                    clock.getRequestId());
            return;
        }
        String organisation = organisations.names(Set.of(clock.getOrganisationId()))
                .getOrDefault(clock.getOrganisationId(), "");
        List<Argument> arguments = List.of(new Argument.Text(String.valueOf(clock.getRequestId())),
                new Argument.Text(clock.getTitle()), new Argument.Key("sla.clock.target." + target.name()),
                new Argument.Text(organisation));
        for (Recipient recipient : told) {
            center.send(recipient, event, arguments, "requests/" + clock.getRequestId());
        }
    }
}
