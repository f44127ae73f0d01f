package app.ponte.notification;

/** Where an e-mail stands: waiting (maybe after failed tries), delivered to SMTP, or given up. */
public enum OutboxStatus {
    PENDING, SENT, FAILED;

    public String labelKey() {
        return "outbox.status." + name();
    }
}
