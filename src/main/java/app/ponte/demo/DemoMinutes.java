package app.ponte.demo;

import app.ponte.meeting.ActionItems;
import app.ponte.meeting.Agendas;
import app.ponte.meeting.MeetingHistory;
import app.ponte.meeting.MeetingPages;
import app.ponte.meeting.MeetingState;
import app.ponte.meeting.Minutes;
import app.ponte.meeting.NewActionItem;
import app.ponte.security.PonteUser;
import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The seed's minutes, after the meetings: last week's Aurora review was held (Ana had added a point), with notes, two
 * decisions and three action items: one done, one for the team overdue (the load-test results, Lucas), one for Aurora
 * (the Black Friday forecast, Ana). Aurora's latest review before today is taken; when there is none (the meetings
 * are not loaded), one is recorded on the last Tuesday before today, 10:00 in New York. All through the services.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoMinutes {

    private static final String TEAM_LEAD = "lead@ponte.test";
    private static final String ANA = "ana@aurora.test";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final DemoActors actors;
    private final UserDetailsService users;
    private final MeetingHistory history;
    private final MeetingPages pages;
    private final Agendas agendas;
    private final Minutes minutes;
    private final ActionItems items;
    private final Clock clock;

    DemoMinutes(DemoActors actors, UserDetailsService users, MeetingHistory history, MeetingPages pages,
            Agendas agendas, Minutes minutes, ActionItems items, Clock clock) {
        this.actors = actors;
        this.users = users;
        this.history = history;
        this.pages = pages;
        this.agendas = agendas;
        this.minutes = minutes;
        this.items = items;
        this.clock = clock;
    }

    void load(Map<String, Long> organisationIds) {
        long aurora = organisationIds.get(DemoData.AURORA);
        long lead = accountId(TEAM_LEAD);
        long ana = accountId(ANA);
        LocalDate today = LocalDate.now(clock.withZone(NEW_YORK));
        long meetingId = SystemAuthentication.runAsAdmin(() -> history
                .latestReviewBefore(aurora, today.atStartOfDay(NEW_YORK).toInstant())
                .orElseGet(() -> history.recordPastReview(aurora, today.with(TemporalAdjusters.previous(
                        DayOfWeek.TUESDAY)).atTime(LocalTime.of(10, 0)).atZone(NEW_YORK).toInstant(), 45, NEW_YORK,
                        Set.of(lead, ana))));
        var meeting = actors.as(TEAM_LEAD, () -> pages.page(meetingId));
        if (meeting.state() != MeetingState.PLANNED) {
            return;
        }
        LocalDate meetingDay = LocalDate.ofInstant(meeting.startsAt(), NEW_YORK);
        actors.as(ANA, () -> {
            agendas.addPoint(meetingId, "Checkout latency during the flash sale");
            return null;
        });
        actors.as(TEAM_LEAD, () -> {
            agendas.hold(meetingId, meeting.version());
            minutes.save(meetingId, """
                    Peak season is close: Aurora expects about three times the usual traffic on Black Friday.
                    The checkout latency seen during the last flash sale came from the payment provider's retries.""",
                    "Capacity is tight in the week of the 24th: keep the Orders API changes small until then.", null);
            minutes.addOutcome(meetingId, "No schema changes to the Orders API until after Cyber Monday.");
            minutes.addOutcome(meetingId, "Weekly reviews continue through the peak season.");
            long done = items.create(meetingId, new NewActionItem("Confirm the peak-season freeze window", lead,
                    meetingDay.plusDays(1), null));
            items.setDone(done, true, 0);
            LocalDate overdue = meetingDay.plusDays(2).isBefore(today) ? meetingDay.plusDays(2) : meetingDay;
            items.create(meetingId, new NewActionItem("Send the load-test results to Aurora", lead, overdue, null));
            items.create(meetingId, new NewActionItem("Share the Black Friday traffic forecast", ana,
                    today.plusDays(5), null));
            return null;
        });
    }

    private long accountId(String email) {
        return ((PonteUser) users.loadUserByUsername(email)).accountId();
    }
}
