package app.ponte.request;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SupportRepository extends JpaRepository<Support, Long> {

    Optional<Support> findByRequestIdAndOrganisationId(long requestId, long organisationId);

    boolean existsByRequestIdAndOrganisationId(long requestId, long organisationId);

    long countByRequestId(long requestId);

    List<Support> findByRequestId(long requestId);

    @Query("""
            select new app.ponte.request.SupportEntry(o.name, a.displayName, s.impact, s.createdAt)
            from Support s join s.organisation o join s.account a
            where s.request.id = :requestId
            order by s.createdAt, s.id
            """)
    List<SupportEntry> findEntries(long requestId);

    @Modifying
    @Query("delete from Support s where s.id = :id")
    void deleteSupport(long id);
}
