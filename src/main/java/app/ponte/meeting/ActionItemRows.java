package app.ponte.meeting;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.PersonOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Action items as rows: names of owners and organisations a page at a time, "overdue" in the organisation's zone. */
@Component
class ActionItemRows {

    private final OrganisationNames names;
    private final Clock clock;

    ActionItemRows(OrganisationNames names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    List<ActionItemRow> of(List<ActionItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonOption> owners = names.people(items.stream().map(ActionItem::getOwnerId).toList());
        Map<Long, OrganisationSummary> organisations = names.summaries(items.stream()
                .map(ActionItem::getOrganisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        return items.stream().map(item -> {
            OrganisationSummary organisation = organisations.get(item.getOrganisationId());
            PersonOption owner = owners.get(item.getOwnerId());
            LocalDate today = LocalDate.now(clock.withZone(organisation == null ? ZoneOffset.UTC
                    : organisation.timeZone()));
            return new ActionItemRow(item.getId(), item.getVersion(), item.getOrganisationId(),
                    organisation == null ? "" : organisation.name(), item.getMeetingId(), item.getText(),
                    item.getOwnerId(), owner == null ? "" : owner.displayName(), item.getOwnerSide(), item.getDueDay(),
                    item.getRequestId(), item.isDone(), !item.isDone() && item.getDueDay().isBefore(today));
        }).toList();
    }
}
