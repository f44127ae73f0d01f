package app.ponte.report;

/** The charts of a progress report, drawn on the server. */
public enum ReportChart {
    OPENED_CLOSED, PROMISES, BURN_UP;

    public String titleKey() {
        return "report.chart." + name();
    }
}
