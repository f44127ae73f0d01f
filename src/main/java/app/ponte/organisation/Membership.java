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

/** A person's role in one organisation. A consultant serving two clients holds two memberships. */
@Entity
@Table(name = "memberships")
public class Membership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** The member's search name, copied from the account so that one index serves the member list's order. */
    @Column(name = "member_search_name", nullable = false, length = 120)
    private String memberSearchName;

    /** The member's e-mail, copied from the account (which never changes it) for the list's prefix search. */
    @Column(name = "member_email", nullable = false, length = 254)
    private String memberEmail;

    protected Membership() {
    }

    Membership(Account account, Organisation organisation, Role role, Instant createdAt) {
        this.account = account;
        this.organisation = organisation;
        this.role = role;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.memberSearchName = account.getSearchName();
        this.memberEmail = account.getEmail();
    }

    void changeRole(Role role, Instant now) {
        this.role = role;
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public boolean isActive() {
        return active;
    }

    String describe() {
        return "account=" + account.getEmail() + ", organisation=" + organisation.getName() + ", role=" + role
                + ", active=" + active;
    }

    public Account getAccount() {
        return account;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Role getRole() {
        return role;
    }
}
