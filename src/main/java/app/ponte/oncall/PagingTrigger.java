package app.ponte.oncall;

import app.ponte.catalogue.SystemCatalogue;
import app.ponte.request.Priority;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestMoment;
import app.ponte.sla.SupportCover;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.OrganisationNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides, inside the transaction of a request's change, whether it pages: an open INCIDENT that the team sets to
 * URGENT (P1), from any organisation, or one of an organisation whose plan includes 24/7 cover filed at P1 or on a
 * system the catalogue marks critical, pages the person on call once per request. A request delivered or closed
 * stops its re-paging.
 *
 * <p>What a requester's filing pages is limited per organisation ({@code ponte.oncall.pages-per-organisation-per-hour},
 * counted on the stored pagings, so across nodes and restarts): beyond the limit the incident is filed as it is, its
 * paging is kept as held back with the pages of the last hour, and the team is told in the app once per hour. The
 * team setting P1 itself is never held back, and pages an incident the limit held back.
 */
@Component
class PagingTrigger {

    private final PagingRepository pagings;
    private final Pager pager;
    private final SupportCover supportCover;
    private final SystemCatalogue catalogue;
    private final OrganisationNames names;
    private final TeamBell teamBell;
    private final int pagesPerHour;
    private final Clock clock;

    PagingTrigger(PagingRepository pagings, Pager pager, SupportCover supportCover, SystemCatalogue catalogue,
            OrganisationNames names, TeamBell teamBell,
            @Value("${ponte.oncall.pages-per-organisation-per-hour:3}") int pagesPerHour, Clock clock) {
        this.pagings = pagings;
        this.pager = pager;
        this.supportCover = supportCover;
        this.catalogue = catalogue;
        this.names = names;
        this.teamBell = teamBell;
        this.pagesPerHour = pagesPerHour;
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
        if (cause == null) {
            return;
        }
        boolean filed = moment.moment() == RequestMoment.Kind.FILED;
        Optional<Paging> existing = pagings.findByRequestId(moment.requestId());
        if (existing.isPresent()) {
            // Held back at filing: the team setting P1 itself decides that it pages.
            if (existing.get().isWithheld() && !filed && cause == PagingCause.URGENT_INCIDENT) {
                pager.pageFrom(existing.get(), 0, now);
            }
            return;
        }
        Paging paging = pagings.save(new Paging(moment.requestId(), moment.organisationId(), moment.title(), cause,
                now));
        if (filed && heldBack(paging, now)) {
            return;
        }
        pager.pageFrom(paging, 0, now);
    }

    /** Holds the paging back when its organisation paged its limit within the hour; tells the team once an hour. */
    private boolean heldBack(Paging paging, Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long recent = pagings.countPagedSince(paging.getOrganisationId(), hourAgo);
        if (recent < pagesPerHour) {
            return false;
        }
        boolean toldThisHour = pagings.existsByOrganisationIdAndWithheldPagesIsNotNullAndStartedAtAfter(
                paging.getOrganisationId(), hourAgo);
        paging.withhold((int) recent);
        pagings.save(paging);
        if (!toldThisHour) {
            String organisation = names.names(List.of(paging.getOrganisationId()))
                    .getOrDefault(paging.getOrganisationId(), "");
            String request = String.valueOf(paging.getRequestId());
            teamBell.tell(NotificationEvent.PAGES_LIMITED, List.of(Argument.text(organisation),
                    Argument.text(String.valueOf(pagesPerHour)), Argument.text(request),
                    Argument.text(paging.getTitle())), "on-call");
        }
        return true;
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
