package app.ponte.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the audit trail. Written once, never changed: no setters, no version. */
@Entity
@Table(name = "audit_events")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private @Nullable Long actorAccountId;

    @Column(name = "actor_email", nullable = false, length = 254, updatable = false)
    private String actorEmail;

    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "target_type", nullable = false, length = 40, updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private @Nullable Long targetId;

    @Column(name = "organisation_id", updatable = false)
    private @Nullable Long organisationId;

    @Column(name = "before_state", length = 4000, updatable = false)
    private @Nullable String beforeState;

    @Column(name = "after_state", length = 4000, updatable = false)
    private @Nullable String afterState;

    /** The address the request came from, as the server saw it; null when no request was behind it (a job). */
    @Column(name = "client_address", length = 45, updatable = false)
    private @Nullable String clientAddress;

    /** The organisation the actor was working in; null for nobody signed in (a failed sign-in). */
    @Column(name = "active_organisation_id", updatable = false)
    private @Nullable Long activeOrganisationId;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, @Nullable Long actorAccountId, String actorEmail, String action,
            AuditOutcome outcome, String targetType, @Nullable Long targetId, @Nullable Long organisationId,
            @Nullable String beforeState, @Nullable String afterState, @Nullable String clientAddress,
            @Nullable Long activeOrganisationId) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        // A failed sign-in records the e-mail typed, which may be anything.
        this.actorEmail = actorEmail.length() <= 254 ? actorEmail : actorEmail.substring(0, 251) + "...";
        this.action = action;
        this.outcome = outcome;
        this.targetType = targetType;
        this.targetId = targetId;
        this.organisationId = organisationId;
        this.beforeState = clip(beforeState);
        this.afterState = clip(afterState);
        this.clientAddress = clientAddress == null || clientAddress.length() <= 45 ? clientAddress
                : clientAddress.substring(0, 45);
        this.activeOrganisationId = activeOrganisationId;
    }

    private static @Nullable String clip(@Nullable String state) {
        return state == null || state.length() <= 4000 ? state : state.substring(0, 3997) + "...";
    }

    /** {@code activeOrganisationName}: the name of {@link #activeOrganisationId}, looked up by the caller. */
    AuditRecord toRecord(@Nullable String activeOrganisationName) {
        return new AuditRecord(id, occurredAt, actorEmail, action, outcome, targetType, targetId, organisationId,
                beforeState, afterState, clientAddress, activeOrganisationId, activeOrganisationName);
    }

    @Nullable Long getActiveOrganisationId() {
        return activeOrganisationId;
    }
}
