package app.ponte.sla;

/**
 * A business calendar's hours, holidays or zone changed (published by the calendars' service inside the change's
 * transaction): the open clocks whose plan counts on it compute their targets again.
 */
record CalendarChanged(long calendarId) {
}
