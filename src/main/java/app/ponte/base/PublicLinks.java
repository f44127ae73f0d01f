package app.ponte.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where people reach Ponte from outside ({@code ponte.base-url}, {@code PONTE_BASE_URL}), for the links that
 * e-mails carry: one place that knows the address and how a path is appended to it.
 *
 * <p>Without a configured address the links point to the address the app listens on, known once the web server
 * has started ({@code http://localhost:PORT}, or the {@code server.address} it is bound to). That is right for the
 * demo on one machine; anywhere else people open the links from other machines, so the start-up log warns.
 */
@Component
public class PublicLinks implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PublicLinks.class);

    private final @Nullable String configured;
    private final boolean demo;
    private final String address;
    private volatile String home;
    private volatile @Nullable String warning;

    PublicLinks(@Value("${ponte.base-url:}") String baseUrl, @Value("${ponte.demo.enabled:false}") boolean demo,
            @Value("${server.address:}") String address, @Value("${server.port:8080}") int port) {
        this.configured = baseUrl.isBlank() ? null : withoutSlash(baseUrl.strip());
        this.demo = demo;
        this.address = address.strip();
        this.home = configured != null ? configured : listeningOn(port);
    }

    /** The app's own address, without a trailing slash. */
    public String home() {
        return home;
    }

    /** A page of the app; {@code path} is relative to it ("requests/42", "invitation/TOKEN"). */
    public String to(String path) {
        return home + "/" + path;
    }

    /** Once the web server listens: without a configured address, links point to where it listens. */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            listening(event.getWebServer().getPort());
        }
    }

    /** The main web server listens on this port (a random port is known only now). */
    void listening(int port) {
        if (configured != null) {
            return;
        }
        home = listeningOn(port);
        if (!demo) {
            warning = "PONTE_BASE_URL (ponte.base-url) is not set: links in e-mails point to " + home
                    + ", which only this machine reaches. Set it to the address people open Ponte at.";
            log.warn(warning);
        }
    }

    /** The start-up warning about the missing address, if there was one. */
    @Nullable String warning() {
        return warning;
    }

    private String listeningOn(int port) {
        return "http://" + host() + ":" + port;
    }

    /** The host the server is bound to; localhost when it listens on every address. */
    private String host() {
        if (address.isEmpty()) {
            return "localhost";
        }
        try {
            InetAddress bound = InetAddress.getByName(address);
            if (bound.isAnyLocalAddress()) {
                return "localhost";
            }
        } catch (UnknownHostException e) {
            // The server would not have started on it; keep the name as configured.
        }
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
