package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newest message the outbox table holds for a recipient, read as stored: while a message waits its links
 * are live there, whereas the outbox service and view always hide them.
 */
public final class WaitingMail {

    private static final Pattern LINK = Pattern.compile("/(invitation|reset-password)/([A-Za-z0-9_-]+)");

    private WaitingMail() {
    }

    public static String bodyTo(JdbcTemplate jdbc, String recipient) {
        return jdbc.queryForObject("select body from mail_outbox where recipient = ? order by id desc limit 1",
                String.class, recipient);
    }

    /** The app path of the invitation or reset link in that message, e.g. {@code /invitation/abc}. */
    public static String linkPathTo(JdbcTemplate jdbc, String recipient) {
        return link(jdbc, recipient).group();
    }

    /** The token of the invitation or reset link in that message. */
    public static String tokenTo(JdbcTemplate jdbc, String recipient) {
        return link(jdbc, recipient).group(2);
    }

    private static Matcher link(JdbcTemplate jdbc, String recipient) {
        String body = bodyTo(jdbc, recipient);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in: %s", body).isTrue();
        return link;
    }
}
