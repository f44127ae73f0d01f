package app.ponte.notification;

/**
 * What a person can be notified about. Each has a text (translation key "notice." + name), and each
 * person chooses per event whether it reaches them in the app, by e-mail, both or not at all.
 */
public enum NotificationEvent {
    STATUS_CHANGED, COMMENT, MENTION, MERGED, RANK_CHANGED, PLAN_SLIPPED, DECISION_PENDING, PROMISE_MADE, PROMISE_CHANGED,
    PROMISE_CANCELLED, REQUEST_UNLINKED, SLA_AT_RISK, SLA_BREACHED, FEEDBACK_REQUESTED, SURVEY_REQUESTED, FOLLOW_UP_OPENED,
    /** An action item one owns is due tomorrow, or went overdue (meetings' reminders). */
    ACTION_ITEM_DUE, ACTION_ITEM_OVERDUE,
    /** Paged for a critical incident (on call): always delivered, so not among the settings. */
    PAGED,
    /** A gap in the on-call rota ahead, told to the admins: always delivered, so not among the settings. */
    ON_CALL_GAP,
    /** An organisation reached its pages per hour, told to the team once: always delivered, not among the settings. */
    PAGES_LIMITED,
    /** Nobody could be paged for a critical incident, told to the team: always delivered, not among the settings. */
    NOBODY_PAGED;

    /** Whether people choose how this reaches them; pages and what the on-call cover lacks reach them regardless. */
    public boolean choosable() {
        return this != PAGED && this != ON_CALL_GAP && this != PAGES_LIMITED && this != NOBODY_PAGED;
    }

    public String messageKey() {
        return "notice." + name();
    }

    public String labelKey() {
        return "notice.event." + name();
    }
}
