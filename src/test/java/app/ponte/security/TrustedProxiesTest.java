package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Ponte's shipped configuration, run through Spring Boot's own Tomcat customizer: forwarded headers are
 * read by Tomcat's RemoteIpValve, and out of the box from no proxy at all (Boot's default would trust every
 * private and loopback address, so that anybody inside the network could pick the address the throttle
 * and the audit trail see). TrustedProxyIT shows a configured proxy honoured on the running server.
 */
class TrustedProxiesTest {

    @Test
    void out_of_the_box_forwarded_headers_are_trusted_from_no_proxy() throws IOException {
        RemoteIpValve valve = remoteIpValve(shippedConfiguration());

        assertThat(valve.getInternalProxies()).isNull();
        assertThat(valve.getTrustedProxies()).isNull();
        assertThat(valve.getRemoteIpHeader()).isEqualToIgnoringCase("X-Forwarded-For");
        assertThat(valve.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
    }

    @Test
    void the_operator_names_the_proxies_in_one_variable() throws IOException {
        StandardEnvironment environment = shippedConfiguration();
        environment.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of("PONTE_TRUSTED_PROXIES", "10.0.0.0/8,192.0.2.10/32")));

        assertThat(remoteIpValve(environment).getInternalProxies()).contains("10.0.0.0/8").contains("192.0.2.10/32");
    }

    /** application.properties alone: the machine's environment variables must not decide this test. */
    private static StandardEnvironment shippedConfiguration() throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(
                new ResourcePropertySource(new ClassPathResource("application.properties")));
        return environment;
    }

    private static RemoteIpValve remoteIpValve(StandardEnvironment environment) {
        Binder binder = Binder.get(environment);
        var factory = new TomcatServletWebServerFactory();
        new TomcatWebServerFactoryCustomizer(environment, binder.bindOrCreate("server", ServerProperties.class),
                binder.bindOrCreate("server.tomcat", TomcatServerProperties.class),
                binder.bindOrCreate("spring.web", WebProperties.class)).customize(factory);
        return factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no RemoteIpValve: forwarded headers are not read"));
    }
}
