package app.ponte.demo;

import app.ponte.report.ProgressReports;
import app.ponte.report.ReportPeriodKind;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The seed's progress reports, last of all (they sum up what the other loaders made): the last month that has ended
 * for Aurora Commerce (read in English) and for Marketing (whose people read Portuguese), each stored as a snapshot
 * with its e-mails waiting in the outbox. Through the same path the nightly run takes (collect, store, mail), as the
 * system, so they read as sent on schedule.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoReports {

    private final ProgressReports reports;

    DemoReports(ProgressReports reports) {
        this.reports = reports;
    }

    void load(Map<String, Long> organisationIds) {
        for (String organisation : new String[] {DemoData.AURORA, "Marketing"}) {
            long id = organisationIds.get(organisation);
            reports.sendNow(id, reports.endedPeriods(id, ReportPeriodKind.MONTHLY, 1).getFirst(), null);
        }
    }
}
