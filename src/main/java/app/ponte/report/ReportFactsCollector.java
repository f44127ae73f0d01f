package app.ponte.report;

import app.ponte.feedback.FeedbackKind;
import app.ponte.feedback.SatisfactionActivity;
import app.ponte.feedback.SatisfactionActivity.SatisfactionTally;
import app.ponte.meeting.PeriodOutcomes;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.request.RequestActivity;
import app.ponte.request.RequestMention;
import app.ponte.roadmap.RoadmapActivity;
import app.ponte.roadmap.RoadmapActivity.OpenMilestone;
import app.ponte.sla.SlaAttainment;
import app.ponte.sla.SlaPeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers one organisation's progress report for a period from the features that hold the facts. The period's
 * days are the organisation's own: they run from the first midnight to the midnight after the last day in its
 * zone. Lists are bounded ({@value #LISTED} delivered and slipped, {@value #NEXT} next, {@value #BURN_UPS} burn-ups)
 * so that a busy organisation's report stays a page, and every figure is a count on an index.
 */
@Component
@Transactional(readOnly = true)
class ReportFactsCollector implements ReportFacts {

    static final int LISTED = 50;
    static final int NEXT = 20;
    static final int BURN_UPS = 5;
    /** Up to this many days, a burn-up has a point per day; a longer period, a point per week. */
    static final int DAILY_POINTS_UP_TO = 31;

    private final OrganisationNames organisations;
    private final RequestActivity requests;
    private final RoadmapActivity roadmap;
    private final SlaAttainment sla;
    private final SatisfactionActivity satisfaction;
    private final PeriodOutcomes outcomes;
    private final Clock clock;

    ReportFactsCollector(OrganisationNames organisations, RequestActivity requests, RoadmapActivity roadmap,
            SlaAttainment sla, SatisfactionActivity satisfaction, PeriodOutcomes outcomes, Clock clock) {
        this.organisations = organisations;
        this.requests = requests;
        this.roadmap = roadmap;
        this.sla = sla;
        this.satisfaction = satisfaction;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public ReportContent collect(long organisationId, ReportPeriod period) {
        OrganisationSummary organisation = organisations.summaries(List.of(organisationId)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no organisation " + organisationId));
        ZoneId zone = organisation.timeZone();
        Instant since = period.from().atStartOfDay(zone).toInstant();
        Instant until = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        RoadmapActivity.PromiseMovements promises = roadmap.between(organisationId, since, until, zone, LISTED);
        List<OpenMilestone> open = roadmap.openMilestones(organisationId);
        RoadmapActivity.DueTally due = roadmap.dueBetween(organisationId, period.from(), period.to());
        return new ReportContent(organisationId, organisation.name(), period, clock.instant(),
                delivered(organisationId, period, since, until, zone),
                promises.slipped().stream().map(s -> new ReportContent.Slipped(s.milestone(), s.from(), s.to(),
                        s.reason())).toList(),
                open.stream().limit(NEXT).map(m -> new ReportContent.Next(m.title(), m.due())).toList(),
                requests.openByStatus(organisationId, until).entrySet().stream()
                        .map(e -> new ReportContent.StatusCount(e.getKey().name(), e.getValue())).toList(),
                outcomes.decisions(organisationId, period.from(), period.to()).stream()
                        .map(d -> new ReportContent.Decision(d.day(), d.text())).toList(),
                outcomes.actionItems(organisationId, period.from(), period.to()).stream()
                        .map(a -> new ReportContent.ActionItem(a.text(), a.ownerName(), a.teamSide(), a.due(),
                                a.done())).toList(),
                slaFigures(organisationId, since, until), satisfactionFigures(organisationId, since, until),
                requests.openedClosedPerWeek(organisationId, period.from(), period.to(), zone).stream()
                        .map(w -> new ReportContent.WeekCounts(w.weekStart(), w.opened(), w.closed())).toList(),
                new ReportContent.PromiseCounts(due.onTime(), due.late()),
                burnUps(open, period, zone));
    }

    /** Milestones delivered on the period's days and the organisation's requests resolved in it, by day. */
    private List<ReportContent.Delivered> delivered(long organisationId, ReportPeriod period, Instant since,
            Instant until, ZoneId zone) {
        List<ReportContent.Delivered> delivered = new ArrayList<>();
        roadmap.delivered(organisationId, period.from(), period.to(), LISTED)
                .forEach(d -> delivered.add(new ReportContent.Delivered(d.milestone(), d.day(), null)));
        for (RequestMention request : requests.between(organisationId, since, until, LISTED).resolved().shown()) {
            delivered.add(new ReportContent.Delivered(request.title(), LocalDate.ofInstant(request.at(), zone),
                    request.reference()));
        }
        delivered.sort(Comparator.comparing(ReportContent.Delivered::day));
        return delivered;
    }

    private ReportContent.@Nullable SlaFigures slaFigures(long organisationId, Instant since, Instant until) {
        SlaPeriod figures = sla.between(organisationId, since, until);
        return figures.covered() ? new ReportContent.SlaFigures(figures.met(), figures.missed()) : null;
    }

    /** The delivery ratings of the period; the survey's where there were none; null where neither. */
    private ReportContent.@Nullable SatisfactionFigures satisfactionFigures(long organisationId, Instant since,
            Instant until) {
        List<SatisfactionTally> tallies = satisfaction.between(organisationId, since, until);
        Optional<SatisfactionTally> chosen = tallies.stream().filter(t -> t.kind() == FeedbackKind.DELIVERY)
                .findFirst().or(() -> tallies.stream().findFirst());
        return chosen.map(t -> new ReportContent.SatisfactionFigures(t.answers(), t.average(), t.scaleMax()))
                .orElse(null);
    }

    /**
     * Per open milestone (soonest due first): on each day (or week) of the period, how many of the organisation's
     * requests in it were resolved by the day's end, against how many it holds now (links are not dated, so the
     * scope is today's).
     */
    private List<ReportContent.MilestoneBurnUp> burnUps(List<OpenMilestone> open, ReportPeriod period, ZoneId zone) {
        List<OpenMilestone> shown = open.stream().limit(BURN_UPS).toList();
        Map<Long, Instant> resolved = requests.firstResolved(
                shown.stream().flatMap(m -> m.requestIds().stream()).toList());
        long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        int step = days <= DAILY_POINTS_UP_TO ? 1 : 7;
        List<ReportContent.MilestoneBurnUp> burnUps = new ArrayList<>();
        for (OpenMilestone milestone : shown) {
            List<ReportContent.BurnUpPoint> points = new ArrayList<>();
            for (LocalDate day = period.from(); !day.isAfter(period.to()); day = next(day, step, period.to())) {
                Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
                long done = milestone.requestIds().stream()
                        .filter(id -> resolved.containsKey(id) && resolved.get(id).isBefore(end)).count();
                points.add(new ReportContent.BurnUpPoint(day, done, milestone.requestIds().size()));
            }
            burnUps.add(new ReportContent.MilestoneBurnUp(milestone.title(), milestone.due(), points));
        }
        return burnUps;
    }

    /** The next point's day: {@code step} days on, but the period's last day always has one. */
    private static LocalDate next(LocalDate day, int step, LocalDate last) {
        LocalDate next = day.plusDays(step);
        return next.isAfter(last) && day.isBefore(last) ? last : next;
    }
}
