package app.ponte.organisation;

import app.ponte.base.AbstractEntity;
import app.ponte.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An invitation to join an organisation, opened by a single-use link; only the token's hash is kept. */
@Entity
@Table(name = "invitations")
class Invitation extends AbstractEntity implements SingleUseLink {

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "invited_by_account_id")
    private @Nullable Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "declined_at")
    private @Nullable Instant declinedAt;

    /** The name the inviter proposed for the invitee: the account's display name unless the invitee changes it. */
    @Column(name = "display_name", length = 120)
    private @Nullable String displayName;

    /** Revoked by an administrator rather than replaced by a newer link. */
    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    protected Invitation() {
    }

    Invitation(String tokenHash, String email, @Nullable String displayName, Organisation organisation, Role role,
            @Nullable Long invitedBy, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.displayName = displayName;
        this.email = email;
        this.organisation = organisation;
        this.role = role;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    @Override
    public @Nullable LinkProblem problemAt(Instant now) {
        if (acceptedAt != null) {
            return LinkProblem.USED;
        }
        if (declinedAt != null) {
            return LinkProblem.DECLINED;
        }
        if (revokedAt != null) {
            return withdrawn ? LinkProblem.WITHDRAWN : LinkProblem.REVOKED;
        }
        if (!now.isBefore(expiresAt) || !organisation.isActive()) {
            return LinkProblem.EXPIRED;
        }
        return null;
    }

    boolean isPending(Instant now) {
        return problemAt(now) == null;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    /** An administrator takes the invitation back: its link stops working and says so. */
    void withdraw(Instant now) {
        revokedAt = now;
        withdrawn = true;
    }

    void accept(Instant now) {
        acceptedAt = now;
    }

    void decline(Instant now) {
        declinedAt = now;
    }

    String getEmail() {
        return email;
    }

    @Nullable String getDisplayName() {
        return displayName;
    }

    Organisation getOrganisation() {
        return organisation;
    }

    Role getRole() {
        return role;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
