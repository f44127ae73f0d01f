package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;

/** Vaadin's own side of the idle timeout, read from the running application's configuration. */
class VaadinIdleSessionsTest extends UiTest {

    @Test
    void vaadin_closes_sessions_whose_tabs_only_send_heartbeats() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
