package app.ponte.notification;

/** One line of a person's notification settings. */
public record ChannelChoice(NotificationEvent event, boolean inApp, boolean byEmail) {
}
