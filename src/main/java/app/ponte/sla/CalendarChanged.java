package app.ponte.sla;

/**
 * A business calendar's zone, working hours or holidays changed. Published inside the change's transaction; the
 * clocks that count on the calendar re-compute their due times.
 */
record CalendarChanged(long calendarId) {
}
