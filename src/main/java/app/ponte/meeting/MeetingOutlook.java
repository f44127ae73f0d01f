package app.ponte.meeting;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.security.OrganisationScope;
import app.ponte.security.RequesterOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a department or client reads of its reviews on its dashboard: the next planned review and its open action
 * items (counted by one aggregate, the first few listed). Always the caller's active organisation.
 */
@Service
@Transactional(readOnly = true)
public class MeetingOutlook {

    /** How many open items the dashboard lists. */
    public static final int ITEMS_SHOWN = 5;

    private final MeetingOutlookRepository outlook;
    private final ActionItemRepository items;
    private final ActionItemRows rows;
    private final OrganisationNames names;
    private final OrganisationScope scope;
    private final Clock clock;

    MeetingOutlook(MeetingOutlookRepository outlook, ActionItemRepository items, ActionItemRows rows,
            OrganisationNames names, OrganisationScope scope, Clock clock) {
        this.outlook = outlook;
        this.items = items;
        this.rows = rows;
        this.names = names;
        this.scope = scope;
        this.clock = clock;
    }

    /** The caller's organisation's next planned review, if one is planned. */
    @RequesterOnly
    public Optional<NextReview> nextReview() {
        return outlook.findNextReview(scope.activeOrganisation(), clock.instant(), Limit.of(1)).stream().findFirst()
                .map(next -> new NextReview(next.getId(), next.getStartsAt(), ZoneId.of(next.getTimeZone())));
    }

    /** The caller's organisation's open action items: counts, and the first ones (overdue on top). */
    @RequesterOnly
    public OpenActionItems openActionItems() {
        long organisationId = scope.activeOrganisation();
        ZoneId zone = names.summaries(List.of(organisationId)).stream().findFirst()
                .map(OrganisationSummary::timeZone).orElse(ZoneOffset.UTC);
        var counts = outlook.countOpenItems(organisationId, LocalDate.now(clock.withZone(zone)));
        if (counts.getOpenCount() == 0) {
            return new OpenActionItems(0, 0, List.of());
        }
        List<ActionItemRow> first = rows.of(items.findListedForOrganisation(organisationId,
                PageRequest.of(0, ITEMS_SHOWN)).getContent()).stream().filter(row -> !row.done()).toList();
        return new OpenActionItems(counts.getOpenCount(), counts.getOverdueCount(), first);
    }
}
