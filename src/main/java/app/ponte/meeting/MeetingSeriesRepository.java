package app.ponte.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingSeriesRepository extends JpaRepository<MeetingSeries, Long> {

    Optional<MeetingSeries> findByOrganisationId(long organisationId);
}
