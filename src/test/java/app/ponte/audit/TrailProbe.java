package app.ponte.audit;

import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Reads the audit trail in tests, and runs work as if it came from a client's web request. */
@Component
@Profile({"test", "mariadb-test"})
public class TrailProbe {

    /** A documentation address (TEST-NET-3): the one every audited service test "comes from". */
    public static final String ADDRESS = "203.0.113.27";

    private final AuditTrail trail;
    private final Clock clock;

    TrailProbe(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * The newest entry of the action on the target written since the moment, by an actor whose e-mail
     * starts as given; fails when there is none.
     */
    public AuditRecord newest(Instant since, String actorEmail, String action, @Nullable Long targetId) {
        return all(since, actorEmail, action).stream()
                .filter(record -> targetId == null || targetId.equals(record.targetId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " by " + actorEmail + " on #" + targetId
                        + " in the audit trail"));
    }

    /** The entries of the action written since the moment by an actor whose e-mail starts as given, newest first. */
    public List<AuditRecord> all(Instant since, String actorEmail, String action) {
        return SystemAuthentication.runAsAdmin(() -> trail.find(new AuditFilter(since, clock.instant().plusSeconds(60),
                actorEmail, action, null), PageRequest.of(0, 200))).getContent();
    }

    /** The work's result, computed inside a web request from {@link #ADDRESS}, as the servlet container binds it. */
    public static <T> T fromAddress(Supplier<T> work) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(ADDRESS);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return work.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    public static void fromAddress(Runnable work) {
        fromAddress(() -> {
            work.run();
            return null;
        });
    }
}
