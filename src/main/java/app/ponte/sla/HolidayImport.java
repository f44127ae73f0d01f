package app.ponte.sla;

/**
 * What an ICS import did: the calendar as it is now, the holidays added, and those left out because the calendar
 * already had that day or the file's day lies outside the years a calendar can use (or recurs in a way no
 * holiday can say, like every other year).
 */
public record HolidayImport(CalendarDetails calendar, int added, int alreadyThere, int leftOut) {
}
