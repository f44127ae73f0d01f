package app.ponte.meeting;

import app.ponte.security.SystemAuthentication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour the due action-item reminders go out, on one node at a time (ShedLock), through the service. */
@Component
class ReminderRounds {

    private static final Logger log = LoggerFactory.getLogger(ReminderRounds.class);

    private final ActionItemReminders reminders;

    ReminderRounds(ActionItemReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${ponte.meeting.reminder-cron:0 15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "action-item-reminders", lockAtMostFor = "PT30M")
    void sendDue() {
        int told = SystemAuthentication.runAsAdmin(reminders::sendDue);
        if (told > 0) {
            log.info("Action item reminders sent: {}", told);
        }
    }
}
