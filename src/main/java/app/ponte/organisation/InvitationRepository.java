package app.ponte.organisation;

import java.util.List;
import java.util.Optional;
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
}
