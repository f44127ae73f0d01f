package app.ponte.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportScheduleRepository extends JpaRepository<ReportSchedule, Long> {

    Optional<ReportSchedule> findByOrganisationId(long organisationId);

    @Query("select s.organisationId from ReportSchedule s")
    List<Long> findOrganisationIds();

    @Query("select s from ReportSchedule s where s.active = true order by s.organisationId")
    List<ReportSchedule> findActive();
}
