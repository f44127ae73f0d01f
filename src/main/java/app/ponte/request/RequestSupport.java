package app.ponte.request;

import app.ponte.base.TextRules;
import app.ponte.security.RequesterOnly;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support by other organisations: a request the team shared is read by every organisation (title and
 * description only), and each may say "we need this too" with what it means to them. Supporters keep
 * reading what they support, shared or not (see {@link RequestAccess}).
 */
@Service
@Transactional(readOnly = true)
public class RequestSupport {

    private final RequestAccess access;
    private final SupportRepository supports;
    private final Parties parties;
    private final RequestNotifier notifier;
    private final PlanningFactsPublisher planning;
    private final Clock clock;

    RequestSupport(RequestAccess access, SupportRepository supports, Parties parties, RequestNotifier notifier,
            PlanningFactsPublisher planning, Clock clock) {
        this.access = access;
        this.supports = supports;
        this.parties = parties;
        this.notifier = notifier;
        this.planning = planning;
        this.clock = clock;
    }

    /** Another organisation's request as a supporter, or any organisation while it is shared, sees it. */
    @RequesterOnly
    public SharedRequestSummary shared(long requestId) {
        Request request = access.openShared("request.read-shared", requestId);
        String ownImpact = supports.findByRequestIdAndOrganisationId(requestId, access.callerOrganisationId())
                .map(Support::getImpact).orElse(null);
        return new SharedRequestSummary(request.getId(), request.getKind(), request.getStatus(), request.getTitle(),
                request.getProblem(), request.isShared(), supports.countByRequestId(requestId), ownImpact);
    }

    /**
     * Adds (or restates) the caller's organisation's support for a shared request, with what it means
     * to them; the caller then follows it in "Our requests" and hears of its progress.
     */
    @RequesterOnly
    @Transactional
    public void support(long requestId, String impact) {
        long organisationId = access.forChange().organisationId();
        Request request = access.openShared("request.support", requestId);
        TextRules.required("impact", impact, RequestDraft.ANSWER_MAX);
        var me = parties.account(access.callerAccountId());
        supports.findByRequestIdAndOrganisationId(requestId, organisationId).ifPresentOrElse(
                support -> support.restate(me, impact.strip()),
                () -> supports.save(new Support(request, parties.organisation(organisationId), me, impact.strip(),
                        clock.instant())));
        supports.flush();
        planning.changed(request);
        notifier.watch(request, access.callerAccountId());
    }

    /** Who supports a request and why: for the team. */
    @TeamOnly
    public List<SupportEntry> supporters(long requestId) {
        access.open("request.supporters", requestId);
        return supports.findEntries(requestId);
    }
}
