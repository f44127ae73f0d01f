package app.ponte.report;

import org.springframework.stereotype.Component;

/** TRANSITIONAL (issue 17 work in progress): replaced by the facts collector; must not land in a resolved issue. */
@Component
class PlaceholderReportFacts implements ReportFacts {

    @Override
    public ReportContent collect(long organisationId, ReportPeriod period) {
        throw new UnsupportedOperationException("report facts not collected yet");
    }
}
