package app.ponte.notification;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Links in e-mails may open accounts (an invitation, a password reset): the outbox keeps them only until
 * the message is sent or given up, and shows every link hidden. Every web address counts as such a link.
 */
final class MailLinks {

    /** What stands in place of a link, in the stored copy once sent and wherever the outbox is shown. */
    static final String HIDDEN = "[***]";

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    /** In HTML a link ends at the quote of its attribute or the next tag as well. */
    private static final Pattern HTML_LINK = Pattern.compile("https?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);

    private MailLinks() {
    }

    static String hide(String text) {
        return LINK.matcher(text).replaceAll(HIDDEN);
    }

    static String hideInHtml(String html) {
        return HTML_LINK.matcher(html).replaceAll(HIDDEN);
    }

    static @Nullable String hideNullable(@Nullable String text) {
        return text == null ? null : hide(text);
    }
}
