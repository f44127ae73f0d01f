package app.ponte.meeting;

/** The two reminders an open action item's owner gets: the day before it is due, and the day after it is overdue. */
enum ReminderKind {
    BEFORE, AFTER
}
