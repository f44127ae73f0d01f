package app.ponte.report;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    /**
     * The reports the caller reads, newest period first: {@code scope} is the tenant restriction (null for the team),
     * {@code organisationId} the team's own filter (null for all).
     */
    @Query("""
            select new app.ponte.report.ReportRow(r.id, r.organisationId, r.periodKind, r.periodFrom, r.periodTo,
                   r.generatedAt, r.sentAt, r.generatedBy)
            from ProgressReport r
            where (:scope is null or r.organisationId = :scope)
              and (:organisationId is null or r.organisationId = :organisationId)
            order by r.periodTo desc, r.id desc
            """)
    Slice<ReportRow> findNewestFirst(@Nullable Long scope, @Nullable Long organisationId, Pageable pageable);

    @Query("""
            select r from ProgressReport r
            where r.id = :id and (:scope is null or r.organisationId = :scope)
            """)
    Optional<ProgressReport> findInScope(long id, @Nullable Long scope);

    boolean existsByOrganisationIdAndPeriodKindAndPeriodFrom(long organisationId, ReportPeriodKind periodKind,
            LocalDate periodFrom);

    Optional<ProgressReport> findByOrganisationIdAndPeriodKindAndPeriodFrom(long organisationId,
            ReportPeriodKind periodKind, LocalDate periodFrom);
}
