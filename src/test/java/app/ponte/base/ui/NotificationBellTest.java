package app.ponte.base.ui;

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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell as a requester meets it after the team moved their request. */
class NotificationBellTest extends UiTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    NotificationCenter center;

    @Test
    void the_bell_counts_the_unread_news_lists_it_and_opening_it_leads_to_the_request_and_marks_it_read() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long id = SignedIn.as(users, requester, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "Bell check", "Details")));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, null,
                reading.details(id).version()));

        signInAs(requester);
        UI.getCurrent().navigate("");
        NotificationBell bell = $(NotificationBell.class).first();
        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.count.getText()).isEqualTo("1");

        bell.popover.open();
        Div item = $(Div.class, bell.list).withClassName("notification-unread").first();
        assertThat(item.getElement().getTextRecursively()).contains("Request #" + id + " “Bell check” is now Triaged.");
        test(item).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("requests/" + id);
        assertThat(bell.count.isVisible()).isFalse();
    }

    @Test
    void a_view_that_marks_notices_read_elsewhere_gets_the_bell_to_count_again_without_navigating() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long id = SignedIn.as(users, requester, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "Recount check", "Details")));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, null,
                reading.details(id).version()));
        signInAs(requester);
        UI.getCurrent().navigate("");
        NotificationBell bell = $(NotificationBell.class).first();
        assertThat(bell.count.getText()).isEqualTo("1");

        center.markAllRead();
        assertThat(bell.count.isVisible()).as("nothing told the bell yet").isTrue();
        UnreadCountChanged.fire(UI.getCurrent());

        assertThat(bell.count.isVisible()).isFalse();
    }

    @Test
    void a_notice_about_a_request_titled_like_an_instruction_opens_in_the_bell_with_the_title_as_written() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        SignedIn.run(users, requester, () -> center.choose(NotificationEvent.STATUS_CHANGED, true, false));
        long id = SignedIn.as(users, requester, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "date:tomorrow", "Details")));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, null,
                reading.details(id).version()));

        signInAs(requester);
        UI.getCurrent().navigate("");
        NotificationBell bell = $(NotificationBell.class).first();
        bell.popover.open();

        assertThat($(Div.class, bell.list).withClassName("notification-unread").first().getElement()
                .getTextRecursively()).contains("Request #" + id + " “date:tomorrow” is now Triaged.");
    }
    @Test
    void an_unread_notice_carries_a_new_badge_and_a_read_one_does_not() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long first = SignedIn.as(users, requester, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "Seen already", "Details")));
        long second = SignedIn.as(users, requester, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "Not seen yet", "Details")));
        for (long id : new long[] {first, second}) {
            SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, null,
                    reading.details(id).version()));
        }
        SignedIn.run(users, requester, () -> center.markRead(center.latest(10).stream()
                .filter(line -> line.link().equals("requests/" + first)).findFirst().orElseThrow().id()));

        signInAs(requester);
        UI.getCurrent().navigate("");
        NotificationBell bell = $(NotificationBell.class).first();
        bell.popover.open();

        Div unread = $(Div.class, bell.list).withClassName("notification-unread").single();
        Div read = $(Div.class, bell.list).withClassName("notification-read").single();
        assertThat(unread.getElement().getTextRecursively()).startsWith("New").contains("Not seen yet");
        assertThat(read.getElement().getTextRecursively()).doesNotContain("New").contains("Seen already");
    }
}
