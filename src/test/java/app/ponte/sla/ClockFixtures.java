package app.ponte.sla;

import app.ponte.SignedIn;
import app.ponte.request.Priority;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.SlaTarget;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Clocks as the clocks' engine would leave them, written straight into its tables: the pages that read clocks are
 * tested on exactly the states they must show, whatever the engine does. Requests are filed through the intake;
 * a clock the engine already started for one is taken over and set as told.
 */
@Component
@Profile({"test", "mariadb-test"})
public class ClockFixtures {

    public static final String PLAN = "Attainment test plan";
    public static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private final SupportClockRepository clocks;
    private final ClockPauseRepository pauses;
    private final ClockChangeRepository changes;
    private final SlaBreachRepository breaches;
    private final SlaPlanRepository plans;
    private final BusinessCalendarRepository calendars;
    private final RequestIntake intake;
    private final UserDetailsService users;

    ClockFixtures(SupportClockRepository clocks, ClockPauseRepository pauses, ClockChangeRepository changes,
            SlaBreachRepository breaches, SlaPlanRepository plans, BusinessCalendarRepository calendars,
            RequestIntake intake, UserDetailsService users) {
        this.clocks = clocks;
        this.pauses = pauses;
        this.changes = changes;
        this.breaches = breaches;
        this.plans = plans;
        this.calendars = calendars;
        this.intake = intake;
        this.users = users;
    }

    /** A question filed by this person in their organisation. */
    public long file(String email, String title) {
        return SignedIn.as(users, email, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title,
                "Asked in an SLA test.")));
    }

    /** An idea filed by this person: product kinds run on no SLA clock. */
    public long fileIdea(String email, String title) {
        return SignedIn.as(users, email, () -> intake.file(RequestDraft.idea(title, "Asked in an SLA test.",
                app.ponte.request.ProductAnswers.of("Everyone", "Daily", "Saves time"))));
    }

    /**
     * The test plan: every priority 4 business hours to the first response and 40 to the resolution, on Lisbon
     * business hours (Monday to Friday, 09:00 to 18:00, no holidays).
     */
    public long planId() {
        return plans.findByName(PLAN).map(SlaPlan::getId).orElseGet(() -> {
            BusinessCalendar lisbon = calendars.findByName("Attainment test Lisbon hours").orElseGet(() -> {
                List<BusinessCalendar.Hours> week = new ArrayList<>();
                for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                    week.add(new BusinessCalendar.Hours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
                }
                return calendars.save(new BusinessCalendar("Attainment test Lisbon hours", LISBON, week, List.of(),
                        Instant.EPOCH));
            });
            long calendar = Objects.requireNonNull(lisbon.getId());
            List<SlaPlan.Target> targets = new ArrayList<>();
            for (Priority priority : Priority.values()) {
                targets.add(new SlaPlan.Target(priority, 240, calendar, 2400, calendar));
            }
            return plans.save(new SlaPlan(PLAN, false, targets, Instant.EPOCH)).getId();
        });
    }

    public Clock clock(long requestId, long organisationId, String title) {
        return new Clock(requestId, organisationId, title);
    }

    /** A clock to write: set what the test needs, then {@link #save}. */
    public final class Clock {

        private final long requestId;
        private final long organisationId;
        private final String title;
        private Priority priority = Priority.NORMAL;
        private Instant started = Instant.parse("2024-01-01T09:00:00Z");
        private @Nullable Instant firstDue;
        private @Nullable Instant firstAtRisk;
        private @Nullable Instant firstMet;
        private @Nullable Instant resolutionDue;
        private @Nullable Instant resolved;
        private @Nullable Instant pausedSince;
        private final List<Instant[]> pauseSpans = new ArrayList<>();
        private final List<Object[]> history = new ArrayList<>();
        private final List<Object[]> misses = new ArrayList<>();

        private Clock(long requestId, long organisationId, String title) {
            this.requestId = requestId;
            this.organisationId = organisationId;
            this.title = title;
        }

        public Clock priority(Priority value) {
            priority = value;
            return this;
        }

        public Clock started(Instant value) {
            started = value;
            return this;
        }

        public Clock firstResponse(@Nullable Instant due, @Nullable Instant met) {
            firstDue = due;
            firstMet = met;
            return this;
        }

        public Clock firstResponseAtRisk(Instant value) {
            firstAtRisk = value;
            return this;
        }

        public Clock resolution(@Nullable Instant due, @Nullable Instant met) {
            resolutionDue = due;
            resolved = met;
            return this;
        }

        /** Paused now, since then (a pause that has not ended). */
        public Clock pausedSince(Instant value) {
            pausedSince = value;
            pauseSpans.add(new Instant[] {value, null});
            return this;
        }

        /** A pause that ended. */
        public Clock pause(Instant from, Instant to) {
            pauseSpans.add(new Instant[] {from, to});
            return this;
        }

        /** A line of the clock's history: the cause's name ({@code PRIORITY_CHANGED}), when, by whom (or null). */
        public Clock change(String cause, Instant at, @Nullable Long by) {
            history.add(new Object[] {cause, at, by, null});
            return this;
        }

        /** A line of the clock's history written while the clock ran at another priority than it runs at now. */
        public Clock change(String cause, Instant at, @Nullable Long by, Priority then) {
            history.add(new Object[] {cause, at, by, then});
            return this;
        }

        public Clock breach(SlaTarget target, Instant due, Instant at, @Nullable String cause) {
            misses.add(new Object[] {target, due, at, cause});
            return this;
        }

        /** Writes the clock (taking over one the engine started for the request), its pauses, history and breaches. */
        public long save() {
            long plan = planId();
            SupportClock clock = clocks.findByRequestId(requestId).orElseGet(() -> new SupportClock(requestId,
                    organisationId, title, RequestKind.QUESTION, priority, plan, null, started));
            set(clock, "organisationId", organisationId);
            set(clock, "title", title);
            set(clock, "priority", priority);
            set(clock, "planId", plan);
            set(clock, "startedAt", started);
            set(clock, "firstResponseDueAt", firstDue);
            set(clock, "firstResponseAtRiskAt", firstAtRisk);
            set(clock, "firstRespondedAt", firstMet);
            set(clock, "resolutionDueAt", resolutionDue);
            set(clock, "resolutionAtRiskAt", null);
            set(clock, "resolvedAt", resolved);
            set(clock, "pausedSince", pausedSince);
            SupportClock saved = clocks.save(clock);
            long id = Objects.requireNonNull(saved.getId());
            pauses.findByClockIdOrderByIdAsc(id).forEach(pauses::delete);
            for (Instant[] span : pauseSpans) {
                var pause = new ClockPause(id, span[0]);
                if (span[1] != null) {
                    pause.resume(span[1]);
                }
                pauses.save(pause);
            }
            for (Object[] line : history) {
                var change = new ClockChange(saved, ClockChange.Cause.valueOf((String) line[0]), (Instant) line[1],
                        (Long) line[2]);
                if (line[3] != null) {
                    ReflectionTestUtils.setField(change, "priority", line[3]);
                }
                changes.save(change);
            }
            for (Object[] miss : misses) {
                breaches.save(new SlaBreach(saved, (SlaTarget) miss[0], (Instant) miss[1], (Instant) miss[2],
                        (String) miss[3]));
            }
            return id;
        }

        private static void set(SupportClock clock, String field, @Nullable Object value) {
            ReflectionTestUtils.setField(clock, field, value);
        }
    }
}
