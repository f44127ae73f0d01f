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
 * Decides, inside the transaction of a request's change, whether it pages: an open INCIDENT at priority URGENT
 * (P1) from any organisation, or one on a system the catalogue marks critical from an organisation whose plan
 * includes 24/7 cover, pages the person on call once per request (when filed, or when triaged to URGENT later).
 * A request delivered or closed stops its re-paging.
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

    private @Nullable PagingCause causeOf(RequestMoment moment) {
        if (moment.priority() == Priority.URGENT) {
            return PagingCause.URGENT_INCIDENT;
        }
        return catalogue.anyCritical(moment.systemIds()) && supportCover.aroundTheClock(moment.organisationId())
                ? PagingCause.CRITICAL_SYSTEM : null;
    }
}
