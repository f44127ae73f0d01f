package app.ponte.oncall;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the pages of one escalation step, inside the transaction that decided them (a moment of the request, or
 * the re-page job). A step naming nobody who can be paged (a gap) is skipped for the next one. When no step left
 * names anybody, the policy's lead(s) are paged instead; with no lead on the team either, every team member is told
 * in the app. Either is kept on the paging for the request's history. Delivery follows the commit
 * ({@link PageDelivery}), from the rows written here.
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
    private final TeamBell teamBell;
    private final ApplicationEventPublisher events;

    Pager(PagingRepository pagings, PageRepository pages, CoverReader cover, TeamBell teamBell,
            ApplicationEventPublisher events) {
        this.pagings = pagings;
        this.pages = pages;
        this.cover = cover;
        this.teamBell = teamBell;
        this.events = events;
    }

    /**
     * Pages the first step from {@code from} on that names somebody; returns the step paged (one past the policy's
     * last when the lead(s) were paged instead), or -1 when nobody could be paged and the team was told.
     */
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
            boolean last = index == steps.size() - 1;
            paging.reached(index, last ? null : now.plus(Duration.ofMinutes(step.ackMinutes())));
            pagings.save(paging);
            write(paging, index, people, now);
            return index;
        }
        return fallBack(paging, steps.size(), now);
    }

    /**
     * No step from here on names anybody who can be paged: the lead(s) are paged at a step of their own after the
     * policy's last; with no lead on the team, every team member is told in the app. Nothing is due afterwards.
     */
    private int fallBack(Paging paging, int afterLast, Instant now) {
        List<Long> leads = cover.leads();
        LongPredicate onTeam = cover.onTeam(leads);
        List<Long> reachable = leads.stream().filter(onTeam::test).toList();
        if (!reachable.isEmpty()) {
            paging.reached(afterLast, null);
            log.warn("No on-call step names anybody who can be paged for request {}: paging the lead(s)",
                    paging.getRequestId());
            paging.fellBack(PagingFallback.LEADS, now);
            pagings.save(paging);
            write(paging, afterLast, reachable, now);
            return afterLast;
        }
        log.error("Nobody can be paged for request {}: the rota and the escalation policy name nobody on the team, "
                + "and no lead; telling the team in the app", paging.getRequestId());
        paging.reached(Math.max(paging.getStep(), afterLast - 1), null);
        paging.fellBack(PagingFallback.TEAM_TOLD, now);
        pagings.save(paging);
        teamBell.tell(NotificationEvent.NOBODY_PAGED, List.of(Argument.text(String.valueOf(paging.getRequestId())),
                Argument.text(paging.getTitle())), paging.requestPath());
        return -1;
    }

    private void write(Paging paging, int step, List<Long> people, Instant now) {
        List<Long> written = new ArrayList<>();
        for (long person : people) {
            // The unique key (request, step, person) stands behind this check: nobody is paged twice for a step.
            if (!pages.existsByRequestIdAndStepAndAccountId(paging.getRequestId(), step, person)) {
                Page page = pages.save(new Page(paging, step, person, now));
                written.add(page.getId());
            }
        }
        if (!written.isEmpty()) {
            events.publishEvent(new PagesWritten(written));
        }
    }
}
