package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.ponte.base.TranslationProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code ponte.mail.outbox-view} closes the outbox in the service itself, not only in its view: with it off,
 * not even an admin's call reads a message. (A small context of its own: the shared test context runs in
 * demo mode, where the outbox is open.)
 */
class OutboxFlagTest {

    private final OutboxRepository repository = mock(OutboxRepository.class);

    private ApplicationContextRunner outboxWith(String flag) {
        when(repository.findNewestFirst(any(Pageable.class))).thenReturn(new SliceImpl<>(List.of()));
        return new ApplicationContextRunner()
                .withPropertyValues("ponte.mail.outbox-view=" + flag)
                .withBean(OutboxRepository.class, () -> repository)
                .withBean(I18NProvider.class, TranslationProvider::new)
                .withBean(Clock.class, Clock::systemUTC)
                .withBean(MailOutbox.class);
    }

    @Test
    void with_the_outbox_view_off_the_service_refuses_to_list_the_outbox() {
        outboxWith("false").run(context -> assertThatThrownBy(
                () -> context.getBean(MailOutbox.class).list(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void with_the_outbox_view_on_the_service_lists_it() {
        outboxWith("true").run(context -> assertThat(context.getBean(MailOutbox.class).list(PageRequest.of(0, 10)))
                .isEmpty());
    }
}
