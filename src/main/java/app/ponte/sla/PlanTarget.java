package app.ponte.sla;

import app.ponte.request.Priority;

/** One priority's two targets of a plan as pages show them: minutes and the named calendar of each. */
public record PlanTarget(Priority priority, int firstResponseMinutes, long firstResponseCalendarId,
        String firstResponseCalendar, int resolutionMinutes, long resolutionCalendarId, String resolutionCalendar) {

    /** P1 for the most urgent, P4 for the least: how support plans name priorities. */
    public int rank() {
        return priority.ordinal() + 1;
    }
}
