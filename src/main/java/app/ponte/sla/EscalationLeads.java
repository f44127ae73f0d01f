package app.ponte.sla;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.AdminOnly;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation leads: the team members told when an SLA target is breached (with the organisation's account
 * manager), and when an unassigned request's target is at risk. Admins choose them; the team reads who they are.
 */
@Service
@Transactional(readOnly = true)
public class EscalationLeads {

    /** More would be a mailing list, not leads. */
    static final int MAX_LEADS = 20;

    private final EscalationLeadRepository leads;
    private final TeamDirectory team;
    private final OrganisationNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalationLeads(EscalationLeadRepository leads, TeamDirectory team, OrganisationNames names,
            ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.team = team;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    /** The leads, by name. */
    @TeamOnly
    public List<PersonOption> list() {
        return names.people(ids()).values().stream().sorted(Comparator.comparing(PersonOption::displayName))
                .toList();
    }

    /** Replaces the leads; each must be an active team member. Audited. */
    @AdminOnly
    @Transactional
    public void replace(Collection<Long> accountIds) {
        Set<Long> chosen = new TreeSet<>(accountIds);
        if (chosen.size() > MAX_LEADS) {
            throw new RejectedInputException("leads", "sla.leads.error.too-many", MAX_LEADS);
        }
        for (long accountId : chosen) {
            if (!team.isActiveTeamPerson(accountId)) {
                throw new RejectedInputException("leads", "sla.leads.error.not-team");
            }
        }
        Set<Long> before = new TreeSet<>(ids());
        if (before.equals(chosen)) {
            return;
        }
        leads.deleteAllInBatch();
        Instant now = clock.instant();
        leads.saveAll(chosen.stream().map(id -> new EscalationLead(id, now)).toList());
        events.publishEvent(new AdministrativeChange("sla.escalation-leads", "EscalationLeads", null, null,
                joined(before), joined(chosen)));
    }

    /** The leads' account ids, for the clocks and the scan. */
    Set<Long> ids() {
        return leads.findAll().stream().map(EscalationLead::getAccountId).collect(Collectors.toSet());
    }

    private static String joined(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
