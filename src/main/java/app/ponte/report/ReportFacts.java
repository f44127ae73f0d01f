package app.ponte.report;

/**
 * Gathers one organisation's facts for a period into a {@link ReportContent} from the features that hold them; the
 * report feature calls it inside its own, already checked, calls.
 */
public interface ReportFacts {

    ReportContent collect(long organisationId, ReportPeriod period);
}
