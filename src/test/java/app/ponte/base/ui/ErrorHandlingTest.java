package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.ConcurrentEditException;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.OrganisationChangedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ErrorHandlingTest extends UiTest {

    @BeforeEach
    void openHome() {
        signInAs("leo@aurora.test");
        UI.getCurrent().navigate("");
    }

    @Test
    void every_session_uses_ponte_error_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedErrorHandler.class);
    }

    @Test
    void an_unexpected_failure_shows_a_translated_message_with_a_reference_and_no_stack_trace() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new IllegalStateException("database exploded at line 42")));

        String shown = notificationText();
        assertThat(shown).startsWith("Something went wrong and nothing was changed.")
                .containsPattern("reference [0-9A-F]{8}")
                .doesNotContain("exploded", "IllegalStateException");
    }

    @Test
    void a_refusal_by_scope_reads_as_not_found_even_when_wrapped() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new RuntimeException(new NotFoundInScopeException("Organisation", 7))));

        assertThat(notificationText()).isEqualTo("That item does not exist or is not available to you.");
    }

    @Test
    void a_denied_action_and_a_concurrent_edit_get_their_own_messages() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new AccessDeniedException("no")));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new ConcurrentEditException()));

        assertThat(find(Notification.class).all()).extracting(ErrorHandlingTest::text).containsExactly(
                "Your role does not allow this action.",
                "Someone else changed this meanwhile. Reload to see their change; nothing of yours was saved.");
    }

    @Test
    void a_change_from_a_page_opened_in_another_organisation_names_both_and_asks_for_a_reload() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new RuntimeException(new OrganisationChangedException("Meridian Bank", "Aurora Commerce"))));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new OrganisationChangedException("Meridian Bank", null)));

        List<Notification> shown = find(Notification.class).all();
        assertThat(shown).extracting(notification -> find(Span.class).from(notification).single().getText())
                .containsExactly("You switched to Meridian Bank in another tab. This page was opened for Aurora "
                        + "Commerce: reload it to continue. Nothing was saved.",
                        "You switched to Meridian Bank in another tab, so this page is out of date: reload it to "
                                + "continue. Nothing was saved.");
        assertThat(shown).allSatisfy(notification -> assertThat(notification.getDuration()).isZero());

        test(find(Button.class).from(shown.getFirst()).single()).click();
        assertThat(shown.getFirst().isOpened()).isFalse();
        assertThat(shown.getLast().isOpened()).isTrue();
    }

    private String notificationText() {
        return text(find(Notification.class).single());
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
