package app.ponte.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyScheduleRepository extends JpaRepository<SurveySchedule, Long> {

    Optional<SurveySchedule> findByOrganisationId(long organisationId);

    @Query("select s.organisationId from SurveySchedule s")
    List<Long> findOrganisationIds();

    @Query("select s.id from SurveySchedule s where s.nextOn is not null and s.nextOn <= :today order by s.id")
    List<Long> findDueIds(LocalDate today);
}
