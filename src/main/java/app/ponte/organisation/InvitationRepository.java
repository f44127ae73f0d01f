package app.ponte.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query("select i from Invitation i join fetch i.organisation where i.tokenHash = :tokenHash")
    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("""
            select i from Invitation i
            where i.email = :email and i.organisation.id = :organisationId
              and i.acceptedAt is null and i.revokedAt is null
            """)
    List<Invitation> findOpen(String email, long organisationId);

    /** An invitation with its organisation, for a change by id; the caller checks the scope. */
    @Query("select i from Invitation i join fetch i.organisation where i.id = :id")
    Optional<Invitation> findWithOrganisation(long id);

    /** Invitations still waiting for an answer, newest first; in one organisation unless it is null. */
    @Query("""
            select new app.ponte.organisation.PendingInvitation(i.id, i.email, i.displayName, o.name, i.role, i.createdAt,
                i.expiresAt)
            from Invitation i join i.organisation o
            where (:organisationId is null or o.id = :organisationId) and o.active = true
              and i.acceptedAt is null and i.revokedAt is null and i.declinedAt is null and i.expiresAt > :now
            order by i.createdAt desc, i.id desc
            """)
    Slice<PendingInvitation> findPending(@Nullable Long organisationId, Instant now, Pageable pageable);

    /** For each e-mail, when its latest accepted invitation was sent (a page's worth of e-mails). */
    @Query("""
            select i.email, max(i.createdAt) from Invitation i
            where i.email in :emails and i.acceptedAt is not null
            group by i.email
            """)
    List<Object[]> findLatestAcceptedInvitations(Collection<String> emails);
}
