package app.ponte.oncall;

import app.ponte.catalogue.SystemCatalogue;
import app.ponte.request.Priority;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestMoment;
import app.ponte.sla.SupportCover;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides, inside the transaction of a request's change, whether it pages: an open INCIDENT that the team sets to
 * URGENT (P1), from any organisation, or one of an organisation whose plan includes 24/7 cover filed at P1 or on a
 * system the catalogue marks critical, pages the person on call once per request. A request delivered or closed
 * stops its re-paging.
 */
@Component
class PagingTrigger {

    private final PagingRepository pagings;
    private final Pager pager;
    private final SupportCover supportCover;
    private final SystemCatalogue catalogue;
    private final Clock clock;

    PagingTrigger(PagingRepository pagings, Pager pager, SupportCover supportCover, SystemCatalogue catalogue,
            Clock clock) {
        this.pagings = pagings;
        this.pager = pager;
        this.supportCover = supportCover;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @EventListener
    void on(RequestMoment moment) {
        if (moment.kind() != RequestKind.INCIDENT) {
            return;
        }
        Instant now = clock.instant();
        if (!moment.status().isOpen()) {
            pagings.findByRequestId(moment.requestId()).filter(paging -> !paging.isSettled())
                    .ifPresent(paging -> paging.close(now));
            return;
        }
        if (moment.moment() != RequestMoment.Kind.FILED && moment.moment() != RequestMoment.Kind.TRIAGED) {
            return;
        }
        PagingCause cause = causeOf(moment);
        if (cause == null || pagings.existsByRequestId(moment.requestId())) {
            return;
        }
        Paging paging = pagings.save(new Paging(moment.requestId(), moment.organisationId(), moment.title(), cause,
                now));
        pager.pageFrom(paging, 0, now);
    }

    /**
     * At filing the priority is only what the requester's severity proposes, so a filing pages only for an
     * organisation whose plan includes 24/7 cover: otherwise anybody could wake the person on call at will. Once the
     * team itself sets P1 (a TRIAGED moment), the incident pages whatever the plan.
     */
    private @Nullable PagingCause causeOf(RequestMoment moment) {
        boolean covered = supportCover.aroundTheClock(moment.organisationId());
        boolean filed = moment.moment() == RequestMoment.Kind.FILED;
        if (moment.priority() == Priority.URGENT && (covered || !filed)) {
            return PagingCause.URGENT_INCIDENT;
        }
        return covered && catalogue.anyCritical(moment.systemIds()) ? PagingCause.CRITICAL_SYSTEM : null;
    }
}
