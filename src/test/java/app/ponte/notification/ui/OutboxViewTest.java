package app.ponte.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.notification.MailAttachment;
import app.ponte.notification.MailOutbox;
import app.ponte.notification.OutboxEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class OutboxViewTest extends UiTest {

    @Autowired
    MailOutbox outbox;

    @Test
    @WithUserDetails("admin@ponte.test")
    void a_message_with_files_names_them_and_shows_its_text_with_links_masked() {
        outbox.enqueue("files@aurora.test", "en", "Review on Tuesday", "See https://ponte.example/meetings/1",
                "<p>See <a href=\"https://ponte.example/meetings/1\">it</a></p>",
                List.of(new MailAttachment("review.ics", "text/calendar; method=REQUEST",
                        "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8))));

        var view = navigate(OutboxView.class);
        OutboxEntry entry = rows(view).stream().filter(m -> m.recipient().equals("files@aurora.test")).findFirst()
                .orElseThrow();

        assertThat(entry.attachments()).containsExactly("review.ics");
        var message = view.message(entry);
        assertThat(message.getElement().getTextRecursively()).contains("review.ics", "See [***]")
                .doesNotContainPattern("https?://");
        assertThat(message.getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void in_demo_mode_an_admin_finds_the_pending_invitation_in_the_outbox_with_its_link_masked() {
        var view = navigate(OutboxView.class);

        var invitation = rows(view).stream().filter(m -> m.recipient().equals("new@aurora.test")).findFirst();
        assertThat(invitation).isPresent();
        assertThat(invitation.get().subject()).isEqualTo("You are invited to Aurora Commerce on Ponte");
        assertThat(invitation.get().body()).contains("Open this link to create your account")
                .doesNotContain("/invitation/").doesNotContainPattern("https?://");
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void each_message_is_marked_with_its_recipients_language_not_the_pages() {
        var view = navigate(OutboxView.class);
        OutboxEntry invitation = rows(view).stream().filter(m -> m.recipient().equals("new@aurora.test"))
                .findFirst().orElseThrow();

        assertThat(invitation.language()).startsWith("en");
        assertThat(view.message(invitation).getElement().getAttribute("lang")).isEqualTo(invitation.language());
    }

    private List<OutboxEntry> rows(OutboxView view) {
        var tester = test(view.grid);
        List<OutboxEntry> rows = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            rows.add(tester.getRow(row));
        }
        return rows;
    }
}
