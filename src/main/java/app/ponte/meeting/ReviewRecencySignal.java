package app.ponte.meeting;

import app.ponte.dashboard.HealthLevel;
import app.ponte.dashboard.RelationshipSignal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationship signal {@code meetings.days-since-review}: whole days since the start of the organisation's latest
 * held review. An organisation that agreed a cadence but never held a review counts from its series' first day
 * (in its zone): a review that never happens is the very thing to see, and leaving it out would hide it. Without a
 * running series and without a held review nothing was agreed to measure against: left out, and the list reads
 * "no review agreed" at the "watch" level.
 */
@Component
class ReviewRecencySignal implements RelationshipSignal {

    private final MeetingOutlookRepository outlook;

    ReviewRecencySignal(MeetingOutlookRepository outlook) {
        this.outlook = outlook;
    }

    @Override
    public String key() {
        return "meetings.days-since-review";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String labelKey() {
        return "dashboard.meeting.signal.days-since-review";
    }

    @Override
    public String ruleKey() {
        return "dashboard.meeting.signal.days-since-review.rule";
    }

    /** Never reviewed and no cadence agreed: nobody meets this organisation, which is worth watching. */
    @Override
    public String missingKey() {
        return "dashboard.meeting.signal.never";
    }

    @Override
    public HealthLevel levelWhenMissing() {
        return HealthLevel.WARN;
    }

    @Override
    public ValueFormat format() {
        return ValueFormat.DAYS;
    }

    @Override
    public long warnAt() {
        return 45;
    }

    @Override
    public long alertAt() {
        return 90;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> measure(Instant now) {
        Map<Long, Long> days = new HashMap<>();
        for (var series : outlook.activeSeriesStarts()) {
            LocalDate today = LocalDate.ofInstant(now, ZoneId.of(series.getTimeZone()));
            if (!series.getFirstDay().isAfter(today)) {
                days.put(series.getOrganisationId(), ChronoUnit.DAYS.between(series.getFirstDay(), today));
            }
        }
        for (var held : outlook.latestHeldReviews(now)) {
            days.put(held.getOrganisationId(), Duration.between(held.getAt(), now).toDays());
        }
        return days;
    }
}
