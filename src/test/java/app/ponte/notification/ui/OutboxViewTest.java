package app.ponte.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.notification.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class OutboxViewTest extends UiTest {

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
