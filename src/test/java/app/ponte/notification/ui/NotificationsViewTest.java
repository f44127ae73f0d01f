package app.ponte.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.DemoFixtures;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notifications page reads whatever was stored: hostile titles, and rows kept from older versions. */
class NotificationsViewTest extends UiTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    NotificationCenter center;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_notice_about_a_request_titled_like_an_instruction_reads_with_the_title_as_written() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        SignedIn.run(users, requester, () -> center.choose(NotificationEvent.STATUS_CHANGED, true, false));
        long id = SignedIn.as(users, requester, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "key:x.y", "Details")));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, null,
                reading.details(id).version()));

        signInAs(requester);

        assertThat(texts(navigate(NotificationsView.class))).containsExactly(
                "Request #" + id + " “key:x.y” is now Triaged.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void on_a_phone_each_notice_is_one_card_with_its_words_and_whether_it_was_read() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        SignedIn.run(users, requester, () -> center.choose(NotificationEvent.STATUS_CHANGED, true, false));
        long id = SignedIn.as(users, requester, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "Carrier list", "Details")));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, null,
                reading.details(id).version()));
        signInAs(requester);
        NotificationsView view = navigate(NotificationsView.class);

        view.narrow(true);

        assertThat(view.latest.getColumns()).filteredOn(c -> c.isVisible()).containsExactly(view.card);
        var card = (com.vaadin.flow.data.renderer.LitRenderer<app.ponte.base.NotificationLine>) view.card.getRenderer();
        var line = test(view.latest).getRow(0);
        assertThat(card.getValueProviders().get("text").apply(line))
                .isEqualTo("Request #" + id + " “Carrier list” is now Triaged.");
        assertThat(card.getValueProviders().get("state").apply(line)).isEqualTo("unread");
        view.narrow(false);
        assertThat(view.card.isVisible()).isFalse();
    }

    @Test
    void notices_stored_by_earlier_versions_still_read_and_a_title_that_looked_like_an_instruction_reads_as_written() {
        String reader = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long readerId = fixtures.accountId(reader);
        legacy(readerId, "PLAN_SLIPPED", "7\u001FOrders\u001Fdate:2026-12-04\u001Fdate:2026-11-20\u001FFreeze", 1);
        legacy(readerId, "COMMENT", "8\u001Fkey:x.y\u001FAna", 2);
        legacy(readerId, "STATUS_CHANGED", "9\u001Fdate:tomorrow\u001Fkey:request.status.TRIAGED", 3);

        signInAs(reader);

        assertThat(texts(navigate(NotificationsView.class))).containsExactly(
                "Request #9 “date:tomorrow” is now Triaged.",
                "Ana wrote on request #8 “key:x.y”.",
                "Request #7 “Orders” is now expected around December 4, 2026 instead of November 20, 2026, because "
                        + "other work moved ahead: Freeze");
    }

    @Test
    void unread_notices_stand_out_from_read_ones_and_every_text_wraps_instead_of_being_cut() {
        String reader = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long readerId = fixtures.accountId(reader);
        legacy(readerId, "COMMENT", "8\u001Fkey:x.y\u001FAna", 1);
        legacy(readerId, "COMMENT", "9\u001Fkey:x.y\u001FBia", 2);
        long older = jdbc.queryForObject("select min(id) from notifications where recipient_id = ?", Long.class,
                readerId);
        jdbc.update("update notifications set read_at = ? where id = ?", Timestamp.from(Instant.parse("2026-01-02T10:00:00Z")), older);

        signInAs(reader);
        NotificationsView view = navigate(NotificationsView.class);
        var grid = test(view.latest);

        assertThat(view.latest.getThemeNames()).contains("wrap-cell-content");
        assertThat(grid.getCellText(0, 0)).startsWith("Bia");
        assertThat(view.latest.getPartNameGenerator().apply(grid.getRow(0))).isEqualTo(NotificationsView.UNREAD_PART);
        assertThat(grid.getCellComponent(0, 2).getElement().getThemeList()).contains("primary");
        assertThat(view.latest.getPartNameGenerator().apply(grid.getRow(1))).isNull();
        assertThat(grid.getCellComponent(1, 2).getElement().getThemeList()).doesNotContain("primary");
    }

    /** A row as versions before typed arguments wrote it: prefixes in the text, no format column set. */
    private void legacy(long recipientId, String event, String arguments, int minute) {
        jdbc.update("insert into notifications (recipient_id, event_type, arguments, link, created_at) "
                + "values (?, ?, ?, 'requests/1', ?)", recipientId, event, arguments,
                Timestamp.from(Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * minute)));
    }

    private List<String> texts(NotificationsView view) {
        var grid = test(view.latest);
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            texts.add(grid.getCellText(row, 0));
        }
        return texts;
    }
}
