package app.ponte.sla;

import app.ponte.security.InternalToServices;
import java.util.Set;

/**
 * The team's lead(s): told when an SLA target is breached (with the organisation's account manager), and when an
 * unassigned request's target is at risk. They are kept in one place, the on-call escalation policy, where admins
 * choose them and whose LEADS step pages them; the on-call feature implements this (it depends on sla, so sla
 * declares what it reads and never imports on-call).
 */
public interface EscalationLeads {

    /** The leads' account ids; somebody who left the team since may be among them (callers keep active people). */
    @InternalToServices
    Set<Long> ids();
}
