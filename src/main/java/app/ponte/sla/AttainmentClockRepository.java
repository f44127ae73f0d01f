package app.ponte.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The clocks and breaches a month's attainment reads. One range query per instant that can settle a target (each
 * on its own index, V41), instead of one query with four alternatives that no index serves.
 */
interface AttainmentClockRepository extends Repository<SupportClock, Long> {

    @Query("select c from SupportClock c where c.organisationId = :organisation"
            + " and c.firstResponseDueAt >= :from and c.firstResponseDueAt < :to")
    List<SupportClock> firstResponseDueIn(@Param("organisation") long organisation, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("select c from SupportClock c where c.organisationId = :organisation"
            + " and c.firstRespondedAt >= :from and c.firstRespondedAt < :to")
    List<SupportClock> firstRespondedIn(@Param("organisation") long organisation, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("select c from SupportClock c where c.organisationId = :organisation"
            + " and c.resolutionDueAt >= :from and c.resolutionDueAt < :to")
    List<SupportClock> resolutionDueIn(@Param("organisation") long organisation, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("select c from SupportClock c where c.organisationId = :organisation"
            + " and c.resolvedAt >= :from and c.resolvedAt < :to")
    List<SupportClock> resolvedIn(@Param("organisation") long organisation, @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("select distinct c.organisationId from SupportClock c")
    List<Long> organisationsWithClocks();

    @Query("select b from SlaBreach b where b.clockId in :clocks")
    List<SlaBreach> breachesOf(@Param("clocks") Collection<Long> clocks);
}
