package app.ponte.meeting;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.catalogue.FreezeCalendar;
import app.ponte.catalogue.UpcomingFreeze;
import app.ponte.feedback.SatisfactionActivity;
import app.ponte.feedback.SatisfactionActivity.SatisfactionTally;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.planning.ConflictActivity;
import app.ponte.planning.ConflictMention;
import app.ponte.request.RequestActivity;
import app.ponte.request.RequestMention;
import app.ponte.request.RequestMovements;
import app.ponte.roadmap.PromiseKept;
import app.ponte.roadmap.PromiseMade;
import app.ponte.roadmap.PromiseSlip;
import app.ponte.roadmap.RoadmapActivity;
import app.ponte.roadmap.RoadmapActivity.PromiseMovements;
import app.ponte.sla.Attainment;
import app.ponte.sla.SlaAttainment;
import app.ponte.sla.SlaPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of an agenda that writes itself: what changed for an organisation between two instants, in this order
 * (requests filed, resolved, declined; promises made, kept, slipped with their reasons; conflicts; SLA breaches;
 * satisfaction; freeze windows in the 30 days after {@code until}), each section left out when it has nothing.
 * Both sides read the same agenda, so it says only what the organisation's own members may read: titles of its
 * own requests and milestones, never another organisation's name, request or reason, never a team note. Each
 * list shows the newest {@value #SHOWN} and says how many more there were; every read is bounded.
 */
@Component
@Transactional(readOnly = true)
class ChangesSinceLastReview implements AgendaFacts {

    static final int SHOWN = 20;
    static final int FREEZE_DAYS_AHEAD = 30;

    private final OrganisationNames organisations;
    private final RequestActivity requests;
    private final RoadmapActivity roadmap;
    private final ConflictActivity conflicts;
    private final SlaAttainment sla;
    private final SatisfactionActivity satisfaction;
    private final FreezeCalendar freezes;

    ChangesSinceLastReview(OrganisationNames organisations, RequestActivity requests, RoadmapActivity roadmap,
            ConflictActivity conflicts, SlaAttainment sla, SatisfactionActivity satisfaction, FreezeCalendar freezes) {
        this.organisations = organisations;
        this.requests = requests;
        this.roadmap = roadmap;
        this.conflicts = conflicts;
        this.sla = sla;
        this.satisfaction = satisfaction;
        this.freezes = freezes;
    }

    @Override
    public List<AgendaSection> between(long organisationId, Instant since, Instant until) {
        ZoneId zone = organisations.summaries(List.of(organisationId)).stream().findFirst()
                .map(OrganisationSummary::timeZone).orElse(ZoneId.of("UTC"));
        List<AgendaSection> sections = new ArrayList<>();
        add(sections, "meeting.agenda.section.requests", requestLines(organisationId, since, until));
        add(sections, "meeting.agenda.section.promises", promiseLines(organisationId, since, until, zone));
        add(sections, "meeting.agenda.section.conflicts", conflictLines(organisationId, since, until));
        add(sections, "meeting.agenda.section.sla", slaLines(organisationId, since, until, zone));
        add(sections, "meeting.agenda.section.satisfaction", satisfactionLines(organisationId, since, until));
        add(sections, "meeting.agenda.section.freezes", freezeLines(organisationId, until, zone));
        return sections;
    }

    private static void add(List<AgendaSection> sections, String headingKey, List<AgendaLine> lines) {
        if (!lines.isEmpty()) {
            sections.add(new AgendaSection(headingKey, lines));
        }
    }

    private List<AgendaLine> requestLines(long organisationId, Instant since, Instant until) {
        RequestMovements moved = requests.between(organisationId, since, until, SHOWN);
        List<AgendaLine> lines = new ArrayList<>();
        requests(lines, "meeting.agenda.request.filed", moved.filed());
        requests(lines, "meeting.agenda.request.resolved", moved.resolved());
        requests(lines, "meeting.agenda.request.declined", moved.declined());
        return lines;
    }

    private static void requests(List<AgendaLine> lines, String key, RequestMovements.Listed listed) {
        for (RequestMention request : listed.shown()) {
            lines.add(new AgendaLine(key, List.of(new Argument.Text(request.reference()),
                    new Argument.Text(request.title()), new Argument.Key(request.kind().labelKey())),
                    "requests/" + request.id()));
        }
        more(lines, key, listed.more(), null);
    }

    private List<AgendaLine> promiseLines(long organisationId, Instant since, Instant until, ZoneId zone) {
        PromiseMovements moved = roadmap.between(organisationId, since, until, zone, SHOWN);
        List<AgendaLine> lines = new ArrayList<>();
        for (PromiseMade made : moved.made()) {
            lines.add(new AgendaLine("meeting.agenda.promise.made", List.of(new Argument.Text(made.milestone()),
                    new Argument.Day(made.promisedOn())), "promises"));
        }
        more(lines, "meeting.agenda.promise.made", moved.madeTotal() - moved.made().size(), "promises");
        for (PromiseKept kept : moved.kept()) {
            lines.add(new AgendaLine("meeting.agenda.promise.kept", List.of(new Argument.Text(kept.milestone()),
                    new Argument.Day(kept.deliveredOn()), new Argument.Day(kept.firstPromisedOn()),
                    new Argument.Key(kept.onTime() ? "roadmap.promise.KEPT_ON_TIME" : "roadmap.promise.KEPT_LATE")),
                    "promises"));
        }
        more(lines, "meeting.agenda.promise.kept", moved.keptTotal() - moved.kept().size(), "promises");
        for (PromiseSlip slip : moved.slipped()) {
            LocalDate to = slip.to();
            lines.add(to == null
                    ? new AgendaLine("meeting.agenda.promise.withdrawn", List.of(new Argument.Text(slip.milestone()),
                            new Argument.Day(slip.from()), new Argument.Text(slip.reason())), "promises")
                    : new AgendaLine("meeting.agenda.promise.slipped", List.of(new Argument.Text(slip.milestone()),
                            new Argument.Day(slip.from()), new Argument.Day(to), new Argument.Text(slip.reason())),
                            "promises"));
        }
        more(lines, "meeting.agenda.promise.slipped", moved.slippedTotal() - moved.slipped().size(), "promises");
        return lines;
    }

    private List<AgendaLine> conflictLines(long organisationId, Instant since, Instant until) {
        List<ConflictMention> found = conflicts.between(organisationId, since, until);
        List<AgendaLine> lines = new ArrayList<>();
        for (ConflictMention conflict : found.subList(0, Math.min(found.size(), SHOWN))) {
            String when = conflict.decided() ? "decided" : "found";
            Argument kind = new Argument.Key(conflict.kind().labelKey());
            Argument handling = new Argument.Key(conflict.handling().labelKey());
            if (conflict.ownRequest()) {
                lines.add(new AgendaLine("meeting.agenda.conflict." + when + "-request", List.of(kind,
                        new Argument.Text("#" + conflict.requestId()), new Argument.Text(conflict.requestTitle()),
                        handling), "requests/" + conflict.requestId()));
            } else if (conflict.startsOn() != null && conflict.endsOn() != null) {
                lines.add(new AgendaLine("meeting.agenda.conflict." + when + "-window", List.of(kind,
                        new Argument.Text(conflict.systemName()), new Argument.Day(conflict.startsOn()),
                        new Argument.Day(conflict.endsOn()), handling), "freeze-windows"));
            }
        }
        more(lines, "meeting.agenda.conflict", found.size() - Math.min(found.size(), SHOWN), null);
        return lines;
    }

    private List<AgendaLine> slaLines(long organisationId, Instant since, Instant until, ZoneId zone) {
        SlaPeriod period = sla.between(organisationId, since, until);
        List<AgendaLine> lines = new ArrayList<>();
        List<Attainment.Breach> breaches = period.breaches();
        for (Attainment.Breach breach : breaches.subList(0, Math.min(breaches.size(), SHOWN))) {
            lines.add(new AgendaLine("meeting.agenda.sla.breach", List.of(new Argument.Text("#" + breach.requestId()),
                    new Argument.Text(breach.title()), new Argument.Key(breach.target().labelKey()),
                    new Argument.Day(LocalDate.ofInstant(breach.missedAt(), zone))), "requests/" + breach.requestId()));
        }
        more(lines, "meeting.agenda.sla.breach", breaches.size() - Math.min(breaches.size(), SHOWN), null);
        return lines;
    }

    private List<AgendaLine> satisfactionLines(long organisationId, Instant since, Instant until) {
        List<AgendaLine> lines = new ArrayList<>();
        for (SatisfactionTally tally : satisfaction.between(organisationId, since, until)) {
            // One decimal, as whole and tenth: each bundle joins them with its own decimal mark.
            long tenths = Math.round(tally.average() * 10);
            lines.add(new AgendaLine("meeting.agenda.satisfaction." + tally.kind().name(), List.of(
                    new Argument.Text(Long.toString(tally.answers())), new Argument.Text(Long.toString(tenths / 10)),
                    new Argument.Text(Long.toString(tenths % 10)), new Argument.Text(Integer.toString(tally.scaleMax()))),
                    null));
        }
        return lines;
    }

    private List<AgendaLine> freezeLines(long organisationId, Instant until, ZoneId zone) {
        LocalDate from = LocalDate.ofInstant(until, zone);
        List<AgendaLine> lines = new ArrayList<>();
        for (UpcomingFreeze freeze : freezes.comingUp(organisationId, from, from.plusDays(FREEZE_DAYS_AHEAD), SHOWN)) {
            lines.add(freeze.own()
                    ? new AgendaLine("meeting.agenda.freeze.own", List.of(new Argument.Text(freeze.systemName()),
                            new Argument.Day(freeze.startsOn()), new Argument.Day(freeze.endsOn()),
                            new Argument.Text(freeze.reason())), "freeze-windows")
                    : new AgendaLine("meeting.agenda.freeze.depended", List.of(new Argument.Text(freeze.systemName()),
                            new Argument.Day(freeze.startsOn()), new Argument.Day(freeze.endsOn())), null));
        }
        return lines;
    }

    /** "…and N more" after a list cut at {@value #SHOWN}. */
    private static void more(List<AgendaLine> lines, String key, long more, @Nullable String link) {
        if (more > 0) {
            lines.add(new AgendaLine(key + ".more", List.of(new Argument.Text(Long.toString(more))), link));
        }
    }
}
