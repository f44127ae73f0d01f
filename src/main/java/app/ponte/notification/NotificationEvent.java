package app.ponte.notification;

/**
 * What a person can be notified about. Each has a text (translation key "notice." + name), and each
 * person chooses per event whether it reaches them in the app, by e-mail, both or not at all.
 */
public enum NotificationEvent {
    STATUS_CHANGED, COMMENT, MENTION, MERGED, RANK_CHANGED, PLAN_SLIPPED, DECISION_PENDING, PROMISE_MADE, PROMISE_CHANGED,
    PROMISE_CANCELLED, REQUEST_UNLINKED,
    // issue 16: feedback
    FEEDBACK_REQUESTED, SURVEY_REQUESTED, FOLLOW_UP_OPENED;

    public String messageKey() {
        return "notice." + name();
    }

    public String labelKey() {
        return "notice.event." + name();
    }
}
