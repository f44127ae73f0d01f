package app.ponte.audit;

import app.ponte.base.LikePattern;
import app.ponte.base.OrganisationNameLookup;
import app.ponte.security.AccessRefused;
import app.ponte.security.AdminOnly;
import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.PonteUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records administrative changes, refused attempts and sign-ins; lets administrators read them. Every entry
 * says who acted, from which address and in which organisation they were working.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final OrganisationNameLookup organisationNames;
    private final RefusalCounts refusalCounts;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, CurrentUser currentUser, OrganisationNameLookup organisationNames,
            RefusalCounts refusalCounts, Clock clock) {
        this.events = events;
        this.refusalCounts = refusalCounts;
        this.currentUser = currentUser;
        this.organisationNames = organisationNames;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AdministrativeChange change) {
        saveForCurrentUser(change.action(), AuditOutcome.DONE, change.targetType(), change.targetId(),
                change.organisationId(), change.before(), change.after());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccessRefused refused) {
        saveForCurrentUser(refused.action(), AuditOutcome.REFUSED, refused.targetType(), refused.targetId(), null,
                null, null);
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
            saveForCurrentUser("denied:" + call.getMethod().getDeclaringClass().getSimpleName() + "."
                    + call.getMethod().getName(), AuditOutcome.REFUSED, "Method", id, null, null, null);
        }
    }

    /**
     * The trail, newest first, filtered by time window, the start of the actor's e-mail, action and
     * outcome (empty or null filters match everything). Each entry names the organisation its actor was
     * working in.
     */
    @AdminOnly
    @Transactional(readOnly = true)
    public Slice<AuditRecord> find(AuditFilter filter, Pageable pageable) {
        String actor = filter.actorEmailStart() == null ? "" : filter.actorEmailStart().trim().toLowerCase(Locale.ROOT);
        Slice<AuditEvent> page = events.findFiltered(filter.from(), filter.to(), actor, LikePattern.startsWith(actor),
                filter.action() == null ? "" : filter.action(), filter.outcome(),
                filter.refusal() == null ? "" : filter.refusal().name(), pageable);
        Map<Long, String> names = organisationNames.names(page.stream().map(AuditEvent::getActiveOrganisationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.map(event -> event.toRecord(event.getActiveOrganisationId() == null ? null
                : names.get(event.getActiveOrganisationId())));
    }

    /**
     * Refused access, failed and throttled sign-ins per day over the {@code days} days up to today in {@code zone}
     * (today included), from one GROUP BY; each figure is what the audit view lists for that day and
     * {@link RefusalKind}.
     */
    @AdminOnly
    @Transactional(readOnly = true)
    public RefusalsPerDay refusalsPerDay(ZoneId zone, int days) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<LocalDate> dates = IntStream.range(0, days).mapToObj(i -> today.minusDays(days - 1L - i)).toList();
        List<Instant> bounds = new ArrayList<>(dates.stream().map(d -> d.atStartOfDay(zone).toInstant()).toList());
        bounds.add(today.plusDays(1).atStartOfDay(zone).toInstant());
        List<Map<RefusalKind, Long>> counts = new ArrayList<>();
        dates.forEach(d -> counts.add(new EnumMap<>(RefusalKind.class)));
        refusalCounts.count(bounds).forEach(row -> counts.get(row.day()).put(row.kind(), row.count()));
        return new RefusalsPerDay(dates, counts);
    }

    /**
     * Writes one entry as {@code actor} (null for nobody signed in, {@code actorEmail} then says who was
     * claimed), from the address of the current web request. For what happens around a session, when the
     * signed-in user is not (or no longer) the current one: signing in and out.
     */
    void save(@Nullable PonteUser actor, String actorEmail, String action, AuditOutcome outcome, String targetType,
            @Nullable Long targetId, @Nullable String after) {
        save(actor, actorEmail, action, outcome, targetType, targetId, null, null, after);
    }

    private void saveForCurrentUser(String action, AuditOutcome outcome, String targetType, @Nullable Long targetId,
            @Nullable Long organisationId, @Nullable String before, @Nullable String after) {
        PonteUser actor = currentUser.get().orElse(null);
        save(actor, actor == null ? "anonymous" : actor.email(), action, outcome, targetType, targetId,
                organisationId, before, after);
    }

    private void save(@Nullable PonteUser actor, String actorEmail, String action, AuditOutcome outcome,
            String targetType, @Nullable Long targetId, @Nullable Long organisationId, @Nullable String before,
            @Nullable String after) {
        // The system user (id 0) is no account and works in no organisation.
        Long accountId = actor == null || actor.accountId() == 0 ? null : actor.accountId();
        Long activeOrganisationId = actor == null ? null : actor.active().map(MembershipGrant::organisationId)
                .filter(id -> id != 0).orElse(null);
        events.save(new AuditEvent(clock.instant(), accountId, actorEmail, action, outcome, targetType, targetId,
                organisationId, before, after, clientAddress(), activeOrganisationId));
    }

    /**
     * The address of the web request being served, as the servlet container reports it (behind a trusted
     * proxy, the container's remote-address handling decides what that is); null outside a request.
     */
    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
