package app.ponte.meeting;

import java.time.Instant;
import java.util.List;

/**
 * What changed for one organisation between two instants, as agenda sections (requests, promises, conflicts,
 * SLA breaches, satisfaction, freeze windows coming up): the part of an agenda that writes itself. The meeting's
 * own open action items are added by the meeting feature; callers have checked the caller's access already.
 */
public interface AgendaFacts {

    List<AgendaSection> between(long organisationId, Instant since, Instant until);
}
