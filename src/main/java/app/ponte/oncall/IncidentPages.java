package app.ponte.oncall;

import app.ponte.base.RejectedInputException;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestVisibility;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.SecureTokens;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages of critical incidents as people read and answer them: the team's list of open pages, a request's
 * paging history (the team reads who was paged and who acknowledged; the requester's organisation only when the
 * person on call was notified and when they acknowledged), and the acknowledgement, from the request page or from
 * the e-mailed link, by a person who was paged and nobody else.
 */
@Service
@Transactional(readOnly = true)
public class IncidentPages {

    /**
     * One line of a request's paging history, for the team; {@code pagesInLastHour} tells a {@code NOT_PAGED} line
     * how many pages the organisation had in the hour before (0 on other lines).
     */
    public record PageEvent(EventKind kind, String personName, Instant at, int step, int pagesInLastHour) {
    }

    /** In the order lines of one instant are told. */
    public enum EventKind {
        /** The organisation's page limit held the paging back. */
        NOT_PAGED,
        PAGED,
        /** No step named anybody who could be paged: the lead(s) were paged instead. */
        LEADS_PAGED_INSTEAD,
        /** No step and no lead could be paged: every team member was told in the app. */
        TEAM_TOLD,
        REPAGED,
        ACKNOWLEDGED
    }

    /**
     * A request's paging as the caller may read it: {@code events} for the team only (empty for anybody else);
     * {@code mayAcknowledge} when the caller was paged and nobody acknowledged yet.
     */
    public record PagingHistory(boolean paged, List<PageEvent> events, @Nullable Instant notifiedAt,
            @Nullable Instant acknowledgedAt, boolean mayAcknowledge) {

        static final PagingHistory NONE = new PagingHistory(false, List.of(), null, null, false);
    }

    /** A paging in the team's list. */
    public record OpenPage(long requestId, String title, String organisationName, PagingCause cause,
            Instant startedAt, int step, List<String> paged, PagingState state, @Nullable String acknowledgedBy,
            @Nullable Instant acknowledgedAt, @Nullable Instant nextStepAt) {
    }

    /** What an acknowledge link opens: the request paged for and whether (and by whom) it was acknowledged. */
    public record AckLink(long requestId, String title, Instant pagedAt, @Nullable String acknowledgedBy,
            @Nullable Instant acknowledgedAt) {
    }

    private static final int LIST_LIMIT = 50;

    private final PagingRepository pagings;
    private final PageRepository pages;
    private final RequestReading reading;
    private final OrganisationNames names;
    private final OrganisationScope scope;
    private final CurrentUser currentUser;
    private final TeamDirectory team;
    private final NotificationCenter notifications;
    private final Clock clock;

    IncidentPages(PagingRepository pagings, PageRepository pages, RequestReading reading, OrganisationNames names,
            OrganisationScope scope, CurrentUser currentUser, TeamDirectory team, NotificationCenter notifications,
            Clock clock) {
        this.team = team;
        this.notifications = notifications;
        this.pagings = pagings;
        this.pages = pages;
        this.reading = reading;
        this.names = names;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The pagings waiting for an acknowledgement and those of the last day, newest first. */
    @TeamOnly
    public List<OpenPage> openPages() {
        List<Paging> open = pagings.findOpenOrSince(clock.instant().minus(Duration.ofDays(1)),
                PageRequest.of(0, LIST_LIMIT));
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Page>> pagesOf = pages.findByPagingIdInOrderByPagedAtAscIdAsc(open.stream().map(Paging::id)
                .toList()).stream().collect(Collectors.groupingBy(Page::getPagingId));
        Map<Long, String> organisations = names.names(open.stream().map(Paging::getOrganisationId).toList());
        Map<Long, PersonOption> people = names.people(Stream.concat(
                pagesOf.values().stream().flatMap(List::stream).map(Page::getAccountId),
                open.stream().map(Paging::getAcknowledgedBy).filter(java.util.Objects::nonNull)).toList());
        return open.stream().map(paging -> new OpenPage(paging.getRequestId(), paging.getTitle(),
                organisations.getOrDefault(paging.getOrganisationId(), ""), paging.getCause(), paging.getStartedAt(),
                paging.getStep() + 1, pagesOf.getOrDefault(paging.id(), List.of()).stream()
                        .filter(page -> page.getStep() == paging.getStep())
                        .map(page -> name(people, page.getAccountId())).toList(),
                paging.state(), paging.getAcknowledgedBy() == null ? null : name(people, paging.getAcknowledgedBy()),
                paging.getAcknowledgedAt(), paging.getNextStepAt())).toList();
    }

    /** A request's paging; another organisation's request is not found (and audited). */
    @AnyoneSignedIn
    public PagingHistory history(long requestId) {
        RequestVisibility visibility = reading.visibility(requestId);
        Optional<Paging> found = pagings.findByRequestId(requestId);
        if (visibility != RequestVisibility.FULL || found.isEmpty()) {
            return PagingHistory.NONE;
        }
        Paging paging = found.get();
        List<Page> paged = pages.findByPagingIdOrderByPagedAtAscIdAsc(paging.id());
        Instant notifiedAt = paged.stream().map(Page::getPagedAt).findFirst().orElse(null);
        if (!scope.seesEveryOrganisation()) {
            // The requester's organisation reads that somebody was notified, never that nobody was.
            return notifiedAt == null ? PagingHistory.NONE
                    : new PagingHistory(true, List.of(), notifiedAt, paging.getAcknowledgedAt(), false);
        }
        long me = currentUser.require().accountId();
        Map<Long, PersonOption> people = names.people(Stream.concat(paged.stream().map(Page::getAccountId),
                Stream.ofNullable(paging.getAcknowledgedBy())).toList());
        List<PageEvent> events = new ArrayList<>();
        if (paging.getWithheldPages() != null) {
            events.add(new PageEvent(EventKind.NOT_PAGED, "", paging.getStartedAt(), 0, paging.getWithheldPages()));
        }
        for (Page page : paged) {
            events.add(new PageEvent(page.getStep() == 0 ? EventKind.PAGED : EventKind.REPAGED,
                    name(people, page.getAccountId()), page.getPagedAt(), page.getStep() + 1, 0));
        }
        if (paging.getFallback() != null && paging.getFallbackAt() != null) {
            events.add(new PageEvent(paging.getFallback() == PagingFallback.LEADS ? EventKind.LEADS_PAGED_INSTEAD
                    : EventKind.TEAM_TOLD, "", paging.getFallbackAt(), paging.getStep() + 1, 0));
        }
        if (paging.getAcknowledgedBy() != null && paging.getAcknowledgedAt() != null) {
            events.add(new PageEvent(EventKind.ACKNOWLEDGED, name(people, paging.getAcknowledgedBy()),
                    paging.getAcknowledgedAt(), paging.getStep() + 1, 0));
        }
        events.sort(Comparator.comparing(PageEvent::at).thenComparing(PageEvent::kind));
        boolean mayAcknowledge = !paging.isSettled() && paged.stream().anyMatch(page -> page.getAccountId() == me);
        return new PagingHistory(true, events, notifiedAt, paging.getAcknowledgedAt(), mayAcknowledge);
    }

    /** The caller, paged for this request, confirms they are on it: re-paging stops. */
    @TeamOnly
    @Transactional
    public void acknowledge(long requestId) {
        reading.visibility(requestId);
        long me = currentUser.require().accountId();
        Paging paging = pagings.findByRequestId(requestId)
                .filter(found -> pages.existsByPagingIdAndAccountId(found.id(), me))
                .orElseThrow(() -> new RejectedInputException("acknowledge", "oncall.ack.not-paged"));
        acknowledge(paging, me);
    }

    /** What the acknowledge link opens, for the person it was sent to; refused for anybody else. */
    @AnyoneSignedIn
    public AckLink checkLink(@Nullable String token) {
        Page page = usablePage(token);
        return link(page, pagings.findById(page.getPagingId()).orElseThrow());
    }

    /** Acknowledges through the e-mailed link; the link is used up. */
    @AnyoneSignedIn
    @Transactional
    public AckLink acknowledgeByLink(@Nullable String token) {
        Page page = usablePage(token);
        page.linkUsed(clock.instant());
        pages.save(page);
        Paging paging = pagings.findById(page.getPagingId()).orElseThrow();
        if (paging.getAcknowledgedAt() == null) {
            acknowledge(paging, page.getAccountId());
        }
        return link(page, paging);
    }

    private void acknowledge(Paging paging, long accountId) {
        if (paging.getAcknowledgedAt() != null) {
            if (paging.getAcknowledgedBy() != null && paging.getAcknowledgedBy() == accountId) {
                return;
            }
            throw new RejectedInputException("acknowledge", "oncall.ack.already");
        }
        paging.acknowledge(accountId, clock.instant());
        pagings.saveAndFlush(paging);
        // Nothing is left to answer on the bell: the person's pages for this request are read.
        notifications.markReadFor(accountId, NotificationEvent.PAGED, paging.requestPath());
    }

    /**
     * The page a token opens, when the caller is the person paged and the link is neither used nor expired. An
     * unknown (or tampered) token and somebody else's link say so before anything else, so a link tells a
     * stranger nothing about its state.
     */
    private Page usablePage(@Nullable String token) {
        Page page = pages.findByTokenHash(SecureTokens.hash(token == null ? "" : token))
                .orElseThrow(() -> new RejectedInputException("token", "oncall.link.UNKNOWN"));
        long me = currentUser.require().accountId();
        // Somebody who has left the team since the page no longer answers for it.
        if (page.getAccountId() != me || !team.isActiveTeamPerson(me)) {
            throw new RejectedInputException("token", "oncall.ack.not-paged");
        }
        String problem = page.linkProblemAt(clock.instant());
        if (problem != null) {
            throw new RejectedInputException("token", "oncall.link." + problem);
        }
        return page;
    }

    private AckLink link(Page page, Paging paging) {
        String by = paging.getAcknowledgedBy() == null ? null
                : name(names.people(List.of(paging.getAcknowledgedBy())), paging.getAcknowledgedBy());
        return new AckLink(paging.getRequestId(), paging.getTitle(), page.getPagedAt(), by, paging.getAcknowledgedAt());
    }

    private static String name(Map<Long, PersonOption> people, long accountId) {
        return Optional.ofNullable(people.get(accountId)).map(PersonOption::displayName).orElse("#" + accountId);
    }
}
