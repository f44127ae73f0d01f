package app.ponte.report;

import app.ponte.organisation.OrganisationKind;

/**
 * One department's or client's report schedule; {@code version} is -1 while the default (monthly, on) has not been
 * saved yet.
 */
public record ReportScheduleRow(long organisationId, String organisationName, OrganisationKind kind,
        ReportPeriodKind periodKind, boolean active, long version) {
}
