package app.ponte.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;

/** Where e-mailed links point: the configured address, or where the app listens (with a warning outside the demo). */
class PublicLinksTest {

    @Test
    void a_configured_address_is_used_as_given_whatever_port_the_server_listens_on() {
        PublicLinks links = new PublicLinks("https://ponte.example.com/", false, "", 8080);
        links.onApplicationEvent(started(8181));

        assertThat(links.to("requests/42")).isEqualTo("https://ponte.example.com/requests/42");
        assertThat(links.warning()).isNull();
    }

    @Test
    void without_an_address_the_demo_links_to_the_port_the_server_listens_on_without_a_warning() {
        PublicLinks links = new PublicLinks("", true, "", 0);
        links.onApplicationEvent(started(8181));

        assertThat(links.home()).isEqualTo("http://localhost:8181");
        assertThat(links.to("invitation/T")).isEqualTo("http://localhost:8181/invitation/T");
        assertThat(links.warning()).isNull();
    }

    @Test
    void without_an_address_outside_the_demo_start_up_warns_and_names_the_address_links_point_to() {
        PublicLinks links = new PublicLinks(" ", false, "", 8080);
        links.onApplicationEvent(started(9090));

        assertThat(links.home()).isEqualTo("http://localhost:9090");
        assertThat(links.warning()).contains("PONTE_BASE_URL", "http://localhost:9090");
    }

    @Test
    void a_server_bound_to_one_address_is_linked_at_that_address() {
        PublicLinks links = new PublicLinks("", true, "192.168.1.20", 8080);
        links.onApplicationEvent(started(8181));
        assertThat(links.home()).isEqualTo("http://192.168.1.20:8181");

        PublicLinks anyAddress = new PublicLinks("", true, "0.0.0.0", 8080);
        anyAddress.onApplicationEvent(started(8181));
        assertThat(anyAddress.home()).isEqualTo("http://localhost:8181");
    }

    @Test
    void the_management_server_on_its_own_port_does_not_move_the_links() {
        PublicLinks links = new PublicLinks("", true, "", 8080);
        WebServerInitializedEvent management = started(9001);
        when(management.getApplicationContext().getServerNamespace()).thenReturn("management");
        links.onApplicationEvent(management);

        assertThat(links.home()).isEqualTo("http://localhost:8080");
    }

    private static WebServerInitializedEvent started(int port) {
        WebServer server = mock(WebServer.class);
        when(server.getPort()).thenReturn(port);
        WebServerApplicationContext context = mock(WebServerApplicationContext.class);
        return new WebServerInitializedEvent(server) {
            @Override
            public WebServerApplicationContext getApplicationContext() {
                return context;
            }
        };
    }
}
