package app.ponte.report;

import app.ponte.security.SystemAuthentication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night the due progress reports are stored and mailed, on one node at a time (ShedLock), via the service. */
@Component
class NightlyReports {

    private static final Logger log = LoggerFactory.getLogger(NightlyReports.class);

    private final ReportSchedules schedules;

    NightlyReports(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @Scheduled(cron = "${ponte.report.nightly-cron:0 15 2 * * *}", zone = "UTC")
    @SchedulerLock(name = "progress-reports", lockAtMostFor = "PT2H")
    void runDue() {
        ReportRunCounts counts = SystemAuthentication.runAsAdmin(schedules::runDue);
        if (counts.stored() > 0 || counts.failed() > 0) {
            log.info("Progress reports: {} stored, {} already done, {} failed", counts.stored(), counts.alreadyDone(),
                    counts.failed());
        }
    }
}
