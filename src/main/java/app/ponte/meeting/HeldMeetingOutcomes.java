package app.ponte.meeting;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The decisions and action items of an organisation's meetings held in a period, for its progress report: a meeting
 * counts on the day it started in the organisation's zone. Callers have checked access (the report feature).
 */
@Component
class HeldMeetingOutcomes implements PeriodOutcomes {

    private final MeetingOutcomeRepository outcomes;
    private final ActionItemRepository items;
    private final ActionItemRows rows;
    private final OrganisationNames names;

    HeldMeetingOutcomes(MeetingOutcomeRepository outcomes, ActionItemRepository items, ActionItemRows rows,
            OrganisationNames names) {
        this.outcomes = outcomes;
        this.items = items;
        this.rows = rows;
        this.names = names;
    }

    @Override
    public List<Decision> decisions(long organisationId, LocalDate from, LocalDate to) {
        ZoneId zone = zoneOf(organisationId);
        return outcomes.findOutcomesHeldBetween(organisationId, start(from, zone), start(to.plusDays(1), zone))
                .stream().map(held -> new Decision(LocalDate.ofInstant(held.meetingStart(), zone), held.text()))
                .toList();
    }

    @Override
    public List<ActionItemLine> actionItems(long organisationId, LocalDate from, LocalDate to) {
        ZoneId zone = zoneOf(organisationId);
        return rows.of(items.findOfMeetingsHeldBetween(organisationId, start(from, zone), start(to.plusDays(1), zone)))
                .stream().map(row -> new ActionItemLine(row.text(), row.ownerName(), row.ownerSide() == OwnerSide.TEAM,
                        row.due(), row.done()))
                .toList();
    }

    private ZoneId zoneOf(long organisationId) {
        return names.summaries(List.of(organisationId)).stream().findFirst().map(OrganisationSummary::timeZone)
                .orElse(ZoneOffset.UTC);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
