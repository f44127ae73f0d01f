package app.ponte.report;

import java.util.List;
import org.springframework.stereotype.Component;

/** TRANSITIONAL (issue 17 work in progress): replaced by the facts collector; must not land in a resolved issue. */
@Component
class PlaceholderReportFacts implements ReportFacts {

    @Override
    public ReportContent collect(long organisationId, ReportPeriod period) {
        return new ReportContent(organisationId, "", period, java.time.Instant.EPOCH, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, List.of(), new ReportContent.PromiseCounts(0, 0), List.of());
    }
}
