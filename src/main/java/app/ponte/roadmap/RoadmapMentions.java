package app.ponte.roadmap;

import app.ponte.organisation.OrganisationNames;
import app.ponte.security.TeamOnly;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before the team saves roadmap text organisations read (an initiative's or a milestone's title and what it
 * delivers, the reason for a date, for a cancellation, for taking a request out): the names of the
 * organisations it mentions that another organisation would read, such as another client, or the department
 * whose freeze moved the date. The dialog shows them and the team confirms or rewords; nothing is refused.
 * The answer also says who reads the text, so that the question can name them. The readers are those {@link MilestoneRepository#READ_BY} and {@link InitiativeRepository#SEEN_BY} give, for
 * text as it is about to be saved (public or not as the dialog says). A text read by nobody yet is read by
 * whoever's request joins later: every organisation it names counts.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapMentions {

    private final MilestoneRepository milestones;
    private final RoadmapItems items;
    private final OrganisationNames names;

    RoadmapMentions(MilestoneRepository milestones, RoadmapItems items, OrganisationNames names) {
        this.milestones = milestones;
        this.items = items;
        this.names = names;
    }

    /**
     * Named in an initiative's text (a new initiative when {@code initiativeId} is null), public or not: a public
     * one is read by every organisation, another by those whose requests its milestones deliver.
     */
    @TeamOnly
    public Mentions inInitiative(@Nullable Long initiativeId, boolean publicItem, @Nullable String... texts) {
        return named(initiativeReaders(initiativeId, publicItem), texts);
    }

    /**
     * Named in a milestone's text or its date's reason (a new milestone of the initiative when {@code milestoneId}
     * is null), public or not: read by the organisations whose requests it delivers, and when public by every
     * organisation that sees the initiative.
     */
    @TeamOnly
    public Mentions inMilestone(long initiativeId, @Nullable Long milestoneId, boolean publicItem,
            @Nullable String... texts) {
        Initiative initiative = items.initiative(initiativeId);
        Readers readers = new Readers(false, milestoneId == null ? Set.of()
                : items.milestone(milestoneId).organisationIds());
        return named(publicItem ? readers.and(initiativeReaders(initiative.getId(), initiative.isPublicItem()))
                : readers, texts);
    }

    /** Named in the reason a request's followers read when it is taken out of a milestone. */
    @TeamOnly
    public Mentions inTakeOut(long milestoneId, long requestId, String reason) {
        Set<Long> organisation = items.milestone(milestoneId).getRequests().stream()
                .filter(request -> request.requestId() == requestId).map(LinkedRequest::organisationId)
                .collect(Collectors.toSet());
        return named(new Readers(false, organisation), reason);
    }

    private Readers initiativeReaders(@Nullable Long initiativeId, boolean publicItem) {
        if (publicItem) {
            return new Readers(true, Set.of());
        }
        return new Readers(false, initiativeId == null ? Set.of()
                : Set.copyOf(milestones.findOrganisationsOfInitiative(initiativeId)));
    }

    /**
     * The names of the organisations the texts mention that someone other than that organisation reads, and who
     * reads them (named only when something is mentioned).
     */
    private Mentions named(Readers readers, @Nullable String... texts) {
        Map<Long, String> named = names.namedIn(Stream.of(texts).filter(Objects::nonNull).toList());
        List<String> mentioned = named.entrySet().stream().filter(entry -> readers.beyond(entry.getKey()))
                .map(Map.Entry::getValue).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (mentioned.isEmpty() || readers.everyone() || readers.organisations().isEmpty()) {
            return new Mentions(mentioned, readers.everyone(), List.of());
        }
        return new Mentions(mentioned, false, names.names(readers.organisations()).values().stream()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    /** Who reads a text: every organisation, or these ones (none yet: whoever's request joins later). */
    private record Readers(boolean everyone, Set<Long> organisations) {

        Readers and(Readers other) {
            Set<Long> both = new HashSet<>(organisations);
            both.addAll(other.organisations);
            return new Readers(everyone || other.everyone, both);
        }

        /** Whether an organisation other than this one reads the text, or may once requests join. */
        boolean beyond(long organisationId) {
            return everyone || organisations.isEmpty() || !organisations.equals(Set.of(organisationId));
        }
    }
}
