package app.ponte.notification;

/** A file attached to an e-mail (an invitation's calendar entry, a report's PDF), kept with its message. */
public record MailAttachment(String fileName, String mediaType, byte[] content) {
}
