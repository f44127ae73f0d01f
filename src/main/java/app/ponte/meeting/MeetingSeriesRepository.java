package app.ponte.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingSeriesRepository extends JpaRepository<MeetingSeries, Long> {

    Optional<MeetingSeries> findByOrganisationId(long organisationId);

    /** Feed: the running series this person attends. */
    @Query("select s from MeetingSeries s join s.attendeeIds a where a = :accountId and s.active = true")
    List<MeetingSeries> findFeedSeries(long accountId);
}
