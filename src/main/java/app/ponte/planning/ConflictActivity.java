package app.ponte.planning;

import app.ponte.catalogue.FreezeCalendar;
import app.ponte.security.InternalToServices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts found or decided in a window that involve one organisation, for its agenda. Called only by the
 * meeting service, which checked the caller's access already, or by its jobs with nobody signed in. What is said
 * follows {@link ConflictNotice}: no other organisation's name or request, no team note.
 */
@Service
@Transactional(readOnly = true)
public class ConflictActivity {

    private final ConflictActivityRepository conflicts;
    private final FreezeCalendar freezes;

    ConflictActivity(ConflictActivityRepository conflicts, FreezeCalendar freezes) {
        this.conflicts = conflicts;
        this.freezes = freezes;
    }

    /** Found or decided in {@code [since, until)}, latest first. */
    @InternalToServices
    public List<ConflictMention> between(long organisationId, Instant since, Instant until) {
        List<PlanningConflict> own = conflicts.findOnRequestsOf(organisationId, since, until);
        List<PlanningConflict> windows = conflicts.findAboutWindowsOf(organisationId, since, until);
        Map<Long, String> systems = freezes.systemNames(Stream.concat(own.stream(), windows.stream())
                .map(PlanningConflict::getSystemId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<ConflictMention> found = new ArrayList<>();
        own.forEach(c -> found.add(mention(c, true, since, until, systems)));
        windows.forEach(c -> found.add(mention(c, false, since, until, systems)));
        found.sort(Comparator.comparing(ConflictMention::at).reversed());
        return found;
    }

    private static ConflictMention mention(PlanningConflict conflict, boolean ownRequest, Instant since,
            Instant until, Map<Long, String> systems) {
        Instant handled = conflict.getHandledAt();
        boolean decided = handled != null && !handled.isBefore(since) && handled.isBefore(until)
                && (conflict.getHandling() == ConflictHandling.RISK_ACCEPTED
                        || conflict.getHandling() == ConflictHandling.RESCHEDULED);
        BacklogItem item = conflict.getItem();
        return new ConflictMention(conflict.getKind(), conflict.getHandling(), decided, ownRequest,
                ownRequest ? item.getRequestId() : null, ownRequest ? item.getTitle() : null,
                conflict.getSystemId() == null ? null : systems.get(conflict.getSystemId()),
                conflict.getStartsOn(), conflict.getEndsOn(), decided ? handled : conflict.getDetectedAt());
    }
}
