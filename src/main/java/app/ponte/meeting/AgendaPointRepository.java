package app.ponte.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaPointRepository extends JpaRepository<AgendaPoint, Long> {

    List<AgendaPoint> findByMeetingIdOrderBySortOrderAscIdAsc(long meetingId);

    long countByMeetingId(long meetingId);
}
