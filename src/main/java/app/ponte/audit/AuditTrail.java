package app.ponte.audit;

import app.ponte.base.LikePattern;
import app.ponte.security.AccessRefused;
import app.ponte.security.AdminOnly;
import app.ponte.security.CurrentUser;
import app.ponte.security.PonteUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records administrative changes and refused attempts; lets administrators read them. */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AdministrativeChange change) {
        save(change.action(), AuditOutcome.DONE, change.targetType(), change.targetId(), change.organisationId(),
                change.before(), change.after());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccessRefused refused) {
        save(refused.action(), AuditOutcome.REFUSED, refused.targetType(), refused.targetId(), null, null, null);
    }

    /**
     * A service call the caller's role does not allow (method security said no). Web requests that
     * are merely sent to the login page are not recorded.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthorizationDeniedEvent<?> denied) {
        if (denied.getObject() instanceof MethodInvocation call) {
            Long id = Arrays.stream(call.getArguments()).filter(Long.class::isInstance).map(Long.class::cast)
                    .findFirst().orElse(null);
            save("denied:" + call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName(),
                    AuditOutcome.REFUSED, "Method", id, null, null, null);
        }
    }

    /**
     * The trail, newest first, filtered by time window, the start of the actor's e-mail, action and
     * outcome (empty or null filters match everything).
     */
    @AdminOnly
    @Transactional(readOnly = true)
    public Slice<AuditRecord> find(AuditFilter filter, Pageable pageable) {
        String actor = filter.actorEmailStart() == null ? "" : filter.actorEmailStart().trim().toLowerCase(Locale.ROOT);
        return events.findFiltered(filter.from(), filter.to(), actor, LikePattern.startsWith(actor),
                filter.action() == null ? "" : filter.action(), filter.outcome(), pageable)
                .map(AuditEvent::toRecord);
    }

    private void save(String action, AuditOutcome outcome, String targetType, @Nullable Long targetId,
            @Nullable Long organisationId, @Nullable String before, @Nullable String after) {
        PonteUser actor = currentUser.get().orElse(null);
        Instant now = clock.instant();
        events.save(new AuditEvent(now, actor == null || actor.accountId() == 0 ? null : actor.accountId(),
                actor == null ? "anonymous" : actor.email(), action, outcome, targetType, targetId, organisationId,
                before, after));
    }
}
