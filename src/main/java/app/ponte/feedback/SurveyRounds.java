package app.ponte.feedback;

import app.ponte.security.SystemAuthentication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning the due relationship surveys go out, on one node at a time (ShedLock), through the service. */
@Component
class SurveyRounds {

    private static final Logger log = LoggerFactory.getLogger(SurveyRounds.class);

    private final SurveySchedules schedules;

    SurveyRounds(SurveySchedules schedules) {
        this.schedules = schedules;
    }

    @Scheduled(cron = "${ponte.feedback.survey-cron:0 30 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "relationship-surveys", lockAtMostFor = "PT30M")
    void sendDue() {
        int sent = SystemAuthentication.runAsAdmin(schedules::sendDue);
        if (sent > 0) {
            log.info("Relationship surveys sent: {}", sent);
        }
    }
}
