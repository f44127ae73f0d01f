package app.ponte.oncall;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamContact;
import app.ponte.organisation.TeamDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour, on one node at a time: looks four weeks ahead for gaps in the cover (an empty rota, a rota person or
 * an override's person who left the team or was deactivated) and tells the team's admins of each new one once, on
 * their bell whatever they chose. The on-call page shows the same gaps as warnings.
 */
@Component
class GapWatch {

    private final CoverReader cover;
    private final GapNoticeRepository notices;
    private final TeamDirectory team;
    private final OrganisationNames names;
    private final NotificationCenter notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GapWatch(CoverReader cover, GapNoticeRepository notices, TeamDirectory team, OrganisationNames names,
            NotificationCenter notifications, TransactionTemplate transactions, Clock clock) {
        this.cover = cover;
        this.notices = notices;
        this.team = team;
        this.names = names;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${ponte.oncall.gap-cron:0 7 * * * *}", zone = "UTC")
    @SchedulerLock(name = "on-call-gaps", lockAtMostFor = "PT10M")
    void scheduledRun() {
        run();
    }

    /** Tells the admins of the gaps not told yet; returns how many gaps were new. */
    int run() {
        Integer told = transactions.execute(tx -> {
            Instant now = clock.instant();
            OnCallSchedule schedule = cover.schedule(now);
            List<OnCallSchedule.Gap> fresh = schedule.gaps(now, cover.onTeam(cover.peopleNamed(schedule))).stream()
                    .filter(gap -> !notices.existsByGapKey(gap.key())).toList();
            if (fresh.isEmpty()) {
                return 0;
            }
            Map<Long, PersonOption> people = names.people(fresh.stream().map(OnCallSchedule.Gap::personId)
                    .filter(Objects::nonNull).toList());
            List<TeamContact> admins = team.administrators();
            ZoneId zone = schedule.rota() == null ? ZoneOffset.UTC : schedule.rota().zone();
            for (OnCallSchedule.Gap gap : fresh) {
                PersonOption person = gap.personId() == null ? null : people.get(gap.personId());
                List<Argument> arguments = List.of(Argument.key(gap.kind().labelKey()),
                        Argument.text(person == null ? "–" : person.displayName()),
                        Argument.date(LocalDate.ofInstant(gap.from(), zone)));
                admins.forEach(admin -> notifications.sendInAppRegardless(admin.accountId(),
                        NotificationEvent.ON_CALL_GAP, arguments, "on-call"));
                notices.save(new GapNotice(gap.key(), now));
            }
            return fresh.size();
        });
        return told == null ? 0 : told;
    }
}
