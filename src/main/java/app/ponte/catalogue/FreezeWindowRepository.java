package app.ponte.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FreezeWindowRepository extends JpaRepository<FreezeWindow, Long> {

    /** Windows still to come or running, by start; {@code organisationId} null means every organisation. */
    @Query("""
            select w from FreezeWindow w join fetch w.system
            where (:organisationId is null or w.organisationId = :organisationId) and w.endsOn >= :from
            order by w.startsOn, w.id
            """)
    List<FreezeWindow> findFrom(Long organisationId, LocalDate from);

    /** The same organisation's windows on the same system that share a day with the period. */
    @Query("""
            select count(w) from FreezeWindow w
            where w.system.id = :systemId and w.organisationId = :organisationId
              and w.startsOn <= :endsOn and w.endsOn >= :startsOn and w.id <> :exceptId
            """)
    long countOverlapping(long systemId, long organisationId, LocalDate startsOn, LocalDate endsOn, long exceptId);

    /** Every organisation's windows on a system that end on or after a day, as periods (no managed entities). */
    @Query("""
            select new app.ponte.catalogue.FreezePeriod(w.id, w.system.id, w.organisationId, w.startsOn, w.endsOn,
                w.reason)
            from FreezeWindow w
            where w.system.id = :systemId and w.endsOn >= :from
            order by w.startsOn, w.id
            """)
    List<FreezePeriod> findPeriodsOnSystemFrom(long systemId, LocalDate from);

    /** One organisation's windows that end on or after a day, as periods (no managed entities). */
    @Query("""
            select new app.ponte.catalogue.FreezePeriod(w.id, w.system.id, w.organisationId, w.startsOn, w.endsOn,
                w.reason)
            from FreezeWindow w
            where w.organisationId = :organisationId and w.endsOn >= :from
            order by w.startsOn, w.id
            """)
    List<FreezePeriod> findPeriodsOfOrganisationFrom(long organisationId, LocalDate from);

    /** One organisation's windows on some systems that end on or after a day, as periods. */
    @Query("""
            select new app.ponte.catalogue.FreezePeriod(w.id, w.system.id, w.organisationId, w.startsOn, w.endsOn,
                w.reason)
            from FreezeWindow w
            where w.organisationId = :organisationId and w.system.id in :systemIds and w.endsOn >= :from
            order by w.startsOn, w.id
            """)
    List<FreezePeriod> findPeriodsOfOrganisationFrom(long organisationId, Collection<Long> systemIds,
            LocalDate from);

    /**
     * Windows of an organisation sharing a day with {@code from..to}, as {@code [systemName, startsOn, endsOn,
     * reason, id]} rows ({@code ix_freeze_windows_organisation}).
     */
    @Query("""
            select s.name, w.startsOn, w.endsOn, w.reason, w.id from FreezeWindow w join w.system s
            where w.organisationId = :organisationId and w.startsOn <= :to and w.endsOn >= :from
            order by w.startsOn, w.id
            """)
    List<Object[]> findDeclaredBetween(long organisationId, LocalDate from, LocalDate to);

    /**
     * Other organisations' windows sharing a day with {@code from..to} on the systems this organisation depends on,
     * as {@code [systemName, startsOn, endsOn, id]} rows ({@code ix_system_dependents_organisation}, then
     * {@code ix_freeze_windows_system}).
     */
    @Query("""
            select s.name, w.startsOn, w.endsOn, w.id from FreezeWindow w join w.system s join s.dependentIds d
            where d = :organisationId and w.organisationId <> :organisationId
              and w.startsOn <= :to and w.endsOn >= :from
            order by w.startsOn, w.id
            """)
    List<Object[]> findOnDependedSystemsBetween(long organisationId, LocalDate from, LocalDate to);
}
