package app.ponte.meeting;

import app.ponte.security.SystemAuthentication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night each running series gets its occurrences of the weeks ahead, on one node at a time (ShedLock), one
 * transaction per series: one series that fails does not hold up the others, and a round run twice makes nothing
 * twice (the unique series + start).
 */
@Component
class OccurrenceRounds {

    private static final Logger log = LoggerFactory.getLogger(OccurrenceRounds.class);

    private final Occurrences occurrences;

    OccurrenceRounds(Occurrences occurrences) {
        this.occurrences = occurrences;
    }

    @Scheduled(cron = "${ponte.meeting.occurrence-cron:0 15 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "meeting-occurrences", lockAtMostFor = "PT30M")
    void makeDue() {
        int made = SystemAuthentication.runAsAdmin(this::makeAll);
        if (made > 0) {
            log.info("Review occurrences made: {}", made);
        }
    }

    int makeAll() {
        int made = 0;
        for (long seriesId : occurrences.activeSeriesIds()) {
            try {
                made += occurrences.keep(seriesId);
            } catch (RuntimeException e) {
                log.warn("Occurrences of series {} not made", seriesId, e);
            }
        }
        return made;
    }
}
