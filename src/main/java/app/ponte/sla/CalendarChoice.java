package app.ponte.sla;

/** A calendar a target may be counted on, as the plan editor offers it. */
public record CalendarChoice(long id, String name, String timeZone, boolean hasWorkingTime) {
}
