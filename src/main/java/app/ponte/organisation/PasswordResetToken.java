package app.ponte.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A single-use password reset link; only the token's hash is kept. */
@Entity
@Table(name = "password_reset_tokens")
class PasswordResetToken implements SingleUseLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected PasswordResetToken() {
    }

    PasswordResetToken(String tokenHash, Account account, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    @Override
    public @Nullable LinkProblem problemAt(Instant now) {
        if (usedAt != null) {
            return LinkProblem.USED;
        }
        if (!now.isBefore(expiresAt) || !account.isActive()) {
            return LinkProblem.EXPIRED;
        }
        return null;
    }

    void use(Instant now) {
        usedAt = now;
    }

    Account getAccount() {
        return account;
    }
}
