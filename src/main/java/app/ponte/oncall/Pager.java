package app.ponte.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the pages of one escalation step, inside the transaction that decided them (a moment of the request, or
 * the re-page job). A step naming nobody who can be paged (a gap) is skipped for the next one. Delivery follows the
 * commit ({@link PageDelivery}), from the rows written here.
 */
@Component
class Pager {

    /** Pages written in the current transaction, to be delivered once it has committed. */
    record PagesWritten(List<Long> pageIds) {
    }

    private static final Logger log = LoggerFactory.getLogger(Pager.class);

    private final PagingRepository pagings;
    private final PageRepository pages;
    private final CoverReader cover;
    private final ApplicationEventPublisher events;

    Pager(PagingRepository pagings, PageRepository pages, CoverReader cover, ApplicationEventPublisher events) {
        this.pagings = pagings;
        this.pages = pages;
        this.cover = cover;
        this.events = events;
    }

    /** Pages the first step from {@code from} on that names somebody; returns the step paged, or -1 for none. */
    @Transactional(propagation = Propagation.MANDATORY)
    int pageFrom(Paging paging, int from, Instant now) {
        List<EscalationStep> steps = cover.steps();
        OnCallSchedule schedule = cover.schedule(now);
        for (int index = from; index < steps.size(); index++) {
            EscalationStep step = steps.get(index);
            List<Long> people = cover.respondersFor(step, schedule, now);
            if (people.isEmpty()) {
                log.warn("On-call step {} names nobody who can be paged for request {}; paging the next step",
                        index + 1, paging.getRequestId());
                continue;
            }
            List<Long> written = new ArrayList<>();
            for (long person : people) {
                // The unique key (request, step, person) stands behind this check: nobody is paged twice for a step.
                if (!pages.existsByRequestIdAndStepAndAccountId(paging.getRequestId(), index, person)) {
                    Page page = pages.save(new Page(paging, index, person, now));
                    written.add(page.getId());
                }
            }
            boolean last = index == steps.size() - 1;
            paging.reached(index, last ? null : now.plus(Duration.ofMinutes(step.ackMinutes())));
            pagings.save(paging);
            if (!written.isEmpty()) {
                events.publishEvent(new PagesWritten(written));
            }
            return index;
        }
        log.error("Nobody can be paged for request {}: the rota and the escalation policy name nobody on the team",
                paging.getRequestId());
        paging.reached(Math.max(paging.getStep(), steps.size() - 1), null);
        pagings.save(paging);
        return -1;
    }
}
