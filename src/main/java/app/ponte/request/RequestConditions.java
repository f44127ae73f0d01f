package app.ponte.request;

import app.ponte.base.LikePattern;
import app.ponte.base.QueryConditions;
import app.ponte.base.SearchText;
import app.ponte.catalogue.SystemCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A {@link RequestFilter} as query conditions over {@code Request r}: said once for the lists, their counts per
 * status and the dashboard's figures, so that a figure and the list it leads to count the same requests.
 */
@Component
class RequestConditions {

    private final SystemCatalogue catalogue;
    private final Clock clock;

    RequestConditions(SystemCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * The moment a request filed {@code days} days ago was filed: "older than" keeps what was filed before it,
     * "newer than" what was filed at or after it, so that adjacent age ranges neither overlap nor leave a gap.
     */
    Instant ageLimit(int days) {
        // A typed or linked number of days is kept within what every database stores as a moment (MariaDB's
        // DATETIME starts in the year 1000): 2,147,483,647 days ago would be some six million years BC.
        return clock.instant().minus(Duration.ofDays(Math.max(-MAX_AGE_DAYS, Math.min(days, MAX_AGE_DAYS))));
    }

    /** The largest age range a filter means: two hundred years, older than any request. */
    static final int MAX_AGE_DAYS = 200 * 366;

    QueryConditions of(RequestFilter filter) {
        var where = new QueryConditions();
        if (filter.organisationId() != null) {
            where.add("r.organisation.id = :organisationId", "organisationId", filter.organisationId());
        }
        if (filter.kind() != null) {
            where.add("r.kind = :kind", "kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add("r.status = :status", "status", filter.status());
        }
        if (filter.openOnly()) {
            where.add("r.status in :openStatuses", "openStatuses", RequestStatus.OPEN);
        }
        if (filter.unassignedOnly()) {
            where.add("r.assignee is null");
        } else if (filter.assigneeId() != null) {
            where.add("r.assignee.id = :assigneeId", "assigneeId", filter.assigneeId());
        }
        if (filter.system() != null && !filter.system().isBlank()) {
            // A catalogue system the request touches (the catalogue says which ids the name starts), or the
            // name typed for one not in the catalogue; the same on H2 (case-sensitive) and MariaDB.
            String pattern = LikePattern.startsWith(filter.system().strip().toLowerCase(Locale.ROOT));
            Set<Long> systemIds = catalogue.namedLike(filter.system());
            if (systemIds.isEmpty()) {
                where.add("lower(r.affectedSystem) like :system escape '!'", "system", pattern);
            } else {
                where.add("(lower(r.affectedSystem) like :system escape '!' or exists (select q.id from Request q "
                        + "join q.systemIds t where q = r and t in :systemIds))", "system", pattern)
                        .with("systemIds", systemIds);
            }
        }
        if (filter.olderThanDays() != null) {
            where.add("r.createdAt < :createdBefore", "createdBefore", ageLimit(filter.olderThanDays()));
        }
        if (filter.newerThanDays() != null) {
            where.add("r.createdAt >= :createdFrom", "createdFrom", ageLimit(filter.newerThanDays()));
        }
        if (filter.filedSince() != null) {
            where.add("r.createdAt >= :filedSince", "filedSince", filter.filedSince());
        }
        if (filter.atRiskOnly()) {
            // Running clocks past 75 % of their target; a breached one is past its at-risk instant too.
            where.add("r.slaAtRiskAt <= :now and r.slaPaused = false", "now", clock.instant());
        }
        String words = SearchText.normalise(filter.titleWords());
        if (!words.isEmpty()) {
            where.add("r.searchTitle like :title escape '!'", "title", LikePattern.contains(words));
        }
        return where;
    }
}
