package app.ponte.request;

import app.ponte.base.LikePattern;
import app.ponte.base.QueryConditions;
import app.ponte.base.SearchText;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/** Finds a page of requests with only the given filters in the query; no count query is run. */
class RequestListingImpl implements RequestListing {

    private final EntityManager entityManager;
    private final Clock clock;

    RequestListingImpl(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Slice<RequestSummary> findPage(@Nullable Long organisationScope, RequestFilter filter, Pageable pageable) {
        var where = new QueryConditions();
        if (organisationScope != null) {
            where.add("(r.organisation.id = :scope or (r.shared = true and r.id in "
                    + "(select s.request.id from Support s where s.organisation.id = :scope)))", "scope", organisationScope);
        }
        if (filter.organisationId() != null) {
            where.add("r.organisation.id = :organisationId", "organisationId", filter.organisationId());
        }
        if (filter.kind() != null) {
            where.add("r.kind = :kind", "kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add("r.status = :status", "status", filter.status());
        }
        if (filter.unassignedOnly()) {
            where.add("r.assignee is null");
        } else if (filter.assigneeId() != null) {
            where.add("r.assignee.id = :assigneeId", "assigneeId", filter.assigneeId());
        }
        if (filter.system() != null && !filter.system().isBlank()) {
            // Until systems have their own catalogue (issue 5), the system is free text: match its start in
            // any case, the same on H2 (case-sensitive) and MariaDB.
            where.add("lower(r.affectedSystem) like :system escape '!'", "system",
                    LikePattern.startsWith(filter.system().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.olderThanDays() != null) {
            where.add("r.createdAt < :createdBefore", "createdBefore",
                    clock.instant().minus(Duration.ofDays(filter.olderThanDays())));
        }
        String words = SearchText.normalise(filter.titleWords());
        if (!words.isEmpty()) {
            where.add("r.searchTitle like :title escape '!'", "title", LikePattern.contains(words));
        }
        List<RequestSummary> rows = where.bind(entityManager.createQuery("""
                select new app.ponte.request.RequestSummary(r.id, r.title, r.kind, r.status, o.id, o.name,
                    q.displayName, s.displayName, r.priority, r.severity, r.createdAt, r.updatedAt, r.version)
                from Request r join r.organisation o join r.requester q left join r.assignee s
                """ + where.where() + " order by r.createdAt desc, r.id desc", RequestSummary.class))
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }
}
