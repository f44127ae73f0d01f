package app.ponte.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a series' occurrences as rows from now to {@link #HORIZON} ahead (at least the next one, however far: a
 * quarterly review), so that each can be moved, cancelled, held and minuted on its own. Idempotent: a row per
 * series and start (the unique key), made once; each new one copies the series' attendees and publishes
 * {@link MeetingScheduled}. After a rule change the planned future occurrences the rule no longer gives are
 * superseded (cancelled quietly, kept: other features may already point at them, and a rule changed back
 * reinstates them); held and past ones are never touched. Planned ones take the series' new attendees and length.
 */
@Component
class Occurrences {

    static final Duration HORIZON = Duration.ofDays(56);

    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Occurrences(MeetingSeriesRepository series, MeetingRepository meetings, ApplicationEventPublisher events,
            Clock clock) {
        this.series = series;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    List<Long> activeSeriesIds() {
        return series.findActiveSeriesIds();
    }

    /** The daily round's work for one series, in a transaction of its own; how many rows it made. */
    @Transactional
    int keep(long seriesId) {
        return series.findById(seriesId).map(this::keep).orElse(0);
    }

    /** Brings the series' rows in line with its rule; how many it made. */
    int keep(MeetingSeries one) {
        Instant now = clock.instant();
        SeriesRule rule = SeriesRule.of(one);
        List<Instant> due = new ArrayList<>();
        if (one.isActive()) {
            due.addAll(rule.occurrences(now, now.plus(HORIZON)));
            if (due.isEmpty()) {
                rule.next(now).ifPresent(due::add);
            }
        }
        Set<Instant> given = new HashSet<>(due);
        for (Meeting planned : meetings.findPlannedOccurrencesFrom(one.getId(), now)) {
            Instant of = planned.getOccurrenceOf();
            if (!one.isActive() || of == null || !fits(rule, of)) {
                planned.supersede(now);
            } else {
                planned.replaceParticipants(one.getAttendeeIds(), now);
                planned.lastFor(one.getLengthMinutes(), now);
            }
        }
        int made = 0;
        for (Instant start : due) {
            var existing = meetings.findBySeriesIdAndOccurrenceOf(one.getId(), start);
            if (existing.isEmpty()) {
                Meeting meeting = meetings.save(Meeting.occurrence(one, start, now));
                events.publishEvent(new MeetingScheduled(meeting.getId()));
                made++;
            } else if (existing.get().isSuperseded() && given.contains(start)) {
                existing.get().reinstate(one, now);
            }
        }
        meetings.flush();
        return made;
    }

    /**
     * Records the occurrences the series gave in a past stretch (the demo's history: last week's review, waiting for
     * its minutes). Nothing is announced: they are over. Returns the ids, old and new.
     */
    List<Long> recordPast(MeetingSeries one, Instant from, Instant to) {
        Instant now = clock.instant();
        Instant until = to.isAfter(now) ? now : to;
        var ids = new ArrayList<Long>();
        for (Instant start : SeriesRule.of(one).occurrences(from, until)) {
            ids.add(meetings.findBySeriesIdAndOccurrenceOf(one.getId(), start)
                    .orElseGet(() -> meetings.save(Meeting.occurrence(one, start, now))).getId());
        }
        meetings.flush();
        return ids;
    }

    /** Whether the rule gives exactly this start (its day and its hour). */
    private static boolean fits(SeriesRule rule, Instant start) {
        return rule.next(start).filter(start::equals).isPresent();
    }
}
