package app.ponte.report;

/** How often an organisation receives its progress report. */
public enum ReportPeriodKind {
    WEEKLY, MONTHLY, QUARTERLY;

    public String labelKey() {
        return "report.period." + name();
    }
}
