package app.ponte.meeting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** Feed: the occurrences (rows) of these series, to draw the moved and cancelled ones. */
    @Query("select m from Meeting m where m.seriesId in :seriesIds and m.occurrenceOf is not null")
    List<Meeting> findFeedOccurrences(Collection<Long> seriesIds);

    /** Feed: the single meetings (workshops) this person takes part in. */
    @Query("select m from Meeting m join m.participantIds p where p = :accountId and m.seriesId is null")
    List<Meeting> findFeedSingles(long accountId);
}
