package app.ponte.demo;

import app.ponte.meeting.MeetingPerson;
import app.ponte.meeting.ReviewSeries;
import app.ponte.meeting.SeriesDraft;
import app.ponte.organisation.ReviewCadence;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The review series of the demo, set through the service as an administrator would: Aurora weekly on Tuesdays at
 * 10:00 New York (12:00 in São Paulo) with Ana and Lucas, started three weeks ago so that last week's review is on
 * record, waiting for its minutes ({@link #auroraLastReview()}); Meridian monthly on the first Thursday at 10:00
 * Lisbon (07:00 in São Paulo, outside the team's hours: agreed knowingly); Marketing every two weeks on Wednesdays
 * and Sales monthly on the first Monday, both in the afternoon in São Paulo.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoMeetings {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String LEAD = "Lucas Lead";

    private final ReviewSeries reviewSeries;
    private final Clock clock;
    private @Nullable Long auroraLastReview;

    DemoMeetings(ReviewSeries reviewSeries, Clock clock) {
        this.reviewSeries = reviewSeries;
        this.clock = clock;
    }

    void load(Map<String, Long> organisationIds, LocalDate today) {
        long aurora = organisationIds.get(DemoData.AURORA);
        LocalDate auroraToday = LocalDate.now(clock.withZone(NEW_YORK));
        set(aurora, new SeriesDraft(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), 60,
                auroraToday.minusWeeks(3), true, people(aurora, "Ana Aurora", LEAD), false));
        // the Tuesday before today (a week ago on a Tuesday), not today's, which may not have started
        LocalDate lastTuesday = auroraToday.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
        List<Long> past = reviewSeries.recordPastOccurrences(aurora, lastTuesday.atStartOfDay(NEW_YORK).toInstant(),
                lastTuesday.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
        auroraLastReview = past.isEmpty() ? null : past.getFirst();

        long meridian = organisationIds.get(DemoData.MERIDIAN);
        set(meridian, new SeriesDraft(ReviewCadence.MONTHLY, DayOfWeek.THURSDAY, 1, LocalTime.of(10, 0), 60,
                today.withDayOfMonth(1), true, people(meridian, "Rita Meridian", LEAD), true));
        long marketing = organisationIds.get("Marketing");
        set(marketing, new SeriesDraft(ReviewCadence.BIWEEKLY, DayOfWeek.WEDNESDAY, null, LocalTime.of(14, 0), 45,
                today.minusWeeks(1), true, people(marketing, "Marta Marketing", LEAD), false));
        long sales = organisationIds.get("Sales");
        set(sales, new SeriesDraft(ReviewCadence.MONTHLY, DayOfWeek.MONDAY, 1, LocalTime.of(15, 0), 45,
                today.withDayOfMonth(1), true, people(sales, "Sergio Sales", "Diana Dev"), false));
    }

    /** Last week's Aurora review, on record and still planned: the minutes' demo holds it. */
    @Nullable Long auroraLastReview() {
        return auroraLastReview;
    }

    private void set(long organisationId, SeriesDraft draft) {
        reviewSeries.save(organisationId, draft, null);
    }

    private Set<Long> people(long organisationId, String... names) {
        Set<String> wanted = Set.of(names);
        return reviewSeries.attendeeChoices(organisationId).stream().filter(p -> wanted.contains(p.displayName()))
                .map(MeetingPerson::accountId).collect(Collectors.toSet());
    }
}
