package app.ponte.meeting;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda. Live while it is planned: first the organisation's overdue action items, then its other open
 * ones, then what changed since its previous held review ({@link AgendaFacts}; 30 days back when there is none), then
 * the points people added. Held: the rows frozen when it was held, in their order. Callers have checked access.
 */
@Component
class AgendaBuilder {

    static final String OVERDUE_SECTION = "meeting.agenda.section.overdue";
    static final String OPEN_SECTION = "meeting.agenda.section.open-items";
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(30);

    private final ActionItemRepository items;
    private final AgendaPointRepository points;
    private final MeetingRepository meetings;
    private final AgendaFacts facts;
    private final OrganisationNames names;

    AgendaBuilder(ActionItemRepository items, AgendaPointRepository points, MeetingRepository meetings,
            AgendaFacts facts, OrganisationNames names) {
        this.items = items;
        this.points = points;
        this.meetings = meetings;
        this.facts = facts;
        this.names = names;
    }

    /** One point of the live agenda with where it came from, as holding the meeting freezes it. */
    record Entry(AgendaPointOrigin origin, String sectionKey, AgendaLine line) {
    }

    List<AgendaSection> sections(Meeting meeting, Instant now) {
        return meeting.getState() == MeetingState.HELD ? frozen(meeting.getId()) : group(live(meeting, now));
    }

    /** The instant the agenda's facts start from: the start of the previous held review, else 30 days before. */
    Instant since(Meeting meeting) {
        return meetings.findMinutesPreviousHeldReviewStart(meeting.getOrganisationId(), meeting.getStartsAt(),
                PageRequest.of(0, 1)).stream().findFirst()
                .orElse(meeting.getStartsAt().minus(FIRST_LOOK_BACK));
    }

    List<Entry> live(Meeting meeting, Instant now) {
        List<Entry> entries = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, meeting.getZone());
        List<ActionItem> open = items.findOpenForAgenda(meeting.getOrganisationId());
        Map<Long, PersonOption> owners = names.people(open.stream().map(ActionItem::getOwnerId).toList());
        open.stream().filter(item -> item.getDueDay().isBefore(today))
                .forEach(item -> entries.add(itemEntry(item, owners, OVERDUE_SECTION, "meeting.agenda.item.overdue")));
        open.stream().filter(item -> !item.getDueDay().isBefore(today))
                .forEach(item -> entries.add(itemEntry(item, owners, OPEN_SECTION, "meeting.agenda.item.open")));
        for (AgendaSection section : facts.between(meeting.getOrganisationId(), since(meeting),
                meeting.getStartsAt())) {
            section.lines().forEach(line -> entries.add(new Entry(AgendaPointOrigin.AUTO, section.headingKey(), line)));
        }
        points.findByMeetingIdOrderBySortOrderAscIdAsc(meeting.getId()).stream()
                .filter(point -> point.getOrigin() == AgendaPointOrigin.ADDED)
                .forEach(point -> entries.add(new Entry(AgendaPointOrigin.ADDED, point.getSectionKey(), point.line())));
        return entries;
    }

    private static Entry itemEntry(ActionItem item, Map<Long, PersonOption> owners, String section, String key) {
        PersonOption owner = owners.get(item.getOwnerId());
        return new Entry(AgendaPointOrigin.ACTION_ITEM, section, new AgendaLine(key,
                List.of(new Argument.Text(item.getText()), new Argument.Text(owner == null ? "" : owner.displayName()),
                        new Argument.Day(item.getDueDay())),
                "meetings/" + item.getMeetingId()));
    }

    private List<AgendaSection> frozen(long meetingId) {
        return group(points.findByMeetingIdOrderBySortOrderAscIdAsc(meetingId).stream().filter(AgendaPoint::isFrozen)
                .map(point -> new Entry(point.getOrigin(), point.getSectionKey(), point.line())).toList());
    }

    /** Consecutive points under their heading, each heading once in the order it first appears. */
    private static List<AgendaSection> group(List<Entry> entries) {
        Map<String, List<AgendaLine>> sections = new LinkedHashMap<>();
        entries.forEach(entry -> sections.computeIfAbsent(entry.sectionKey(), key -> new ArrayList<>())
                .add(entry.line()));
        return sections.entrySet().stream().map(section -> new AgendaSection(section.getKey(), section.getValue()))
                .toList();
    }
}
