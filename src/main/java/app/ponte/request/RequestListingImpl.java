package app.ponte.request;

import app.ponte.base.QueryConditions;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.SliceImpl;

/** Finds a page of requests with only the given filters in the query; no count query is run. */
class RequestListingImpl implements RequestListing {

    private static final Comparator<Key> NEWEST_FIRST =
            Comparator.comparing(Key::createdAt).thenComparing(Key::id).reversed();

    private final EntityManager entityManager;
    private final RequestConditions conditions;

    RequestListingImpl(EntityManager entityManager, RequestConditions conditions) {
        this.entityManager = entityManager;
        this.conditions = conditions;
    }

    /**
     * Two steps, as for the member list: first the page's keys (id, filed at) from the requests table
     * alone, where one index per filter serves filter and order; then the page's rows with their names.
     * An organisation's list is its own requests merged with the ones it supports: two ordered
     * key queries, each reading about a page, instead of one "own or supported" condition that made
     * MariaDB sort all 143,000 of a large client's requests for every page (docs/benchmarks.md).
     * Sorted by next breach ({@link RequestLists#NEXT_BREACH}), see {@link #byNextBreach}. With "at risk or
     * breached" an organisation sees its own requests only: the deadlines of the requests it merely supports
     * are promises made to another organisation; so it does when it asks for its own only
     * ({@link RequestFilter#ownOnly()}, what its dashboard counts).
     */
    @Override
    public Slice<RequestSummary> findPage(@Nullable Long organisationScope, RequestFilter filter, Pageable pageable) {
        int offset = (int) pageable.getOffset();
        int wanted = pageable.getPageSize() + 1;
        Sort.Order nextBreach = pageable.getSort().getOrderFor(RequestLists.NEXT_BREACH);
        List<Key> keys;
        if (organisationScope == null) {
            keys = nextBreach == null ? keys(conditions(filter), offset, wanted)
                    : byNextBreach(() -> conditions(filter), nextBreach.isAscending(), offset, wanted);
        } else {
            var ownKeys = nextBreach == null
                    ? keys(conditions(filter).add("r.organisation.id = :scope", "scope", organisationScope), 0,
                            offset + wanted)
                    : byNextBreach(() -> conditions(filter).add("r.organisation.id = :scope", "scope",
                            organisationScope), nextBreach.isAscending(), 0, offset + wanted);
            var supportedKeys = filter.atRiskOnly() || filter.ownOnly() ? List.<Key>of() : keys(conditions(filter).add("r.id in "
                    + "(select s.request.id from Support s where s.organisation.id = :scope)", "scope", organisationScope),
                    0, offset + wanted).stream().map(Key::withoutDeadline).toList();
            keys = Stream.concat(ownKeys.stream(), supportedKeys.stream())
                    .sorted(nextBreach == null ? NEWEST_FIRST : nextBreachOrder(nextBreach.isAscending()))
                    .skip(offset).limit(wanted).toList();
        }
        boolean hasNext = keys.size() > pageable.getPageSize();
        List<Long> ids = keys.stream().limit(pageable.getPageSize()).map(Key::id).toList();
        return new SliceImpl<>(rowsInOrder(ids), pageable, hasNext);
    }

    /**
     * Soonest due first (latest first when descending), running clocks before paused ones, requests without a
     * deadline last and newest first among them. One ordered key query per group, each served by the index on
     * {@code sla_due_at} (or the filing date's for the last), read one after the other until the page is full:
     * no sort over every request and no count query for the first pages. Only a page that starts beyond a
     * group counts that group once, to know where the next group starts.
     */
    private List<Key> byNextBreach(Supplier<QueryConditions> filter, boolean ascending, int offset, int limit) {
        var keys = new ArrayList<Key>();
        int skip = offset;
        for (Group group : Group.values()) {
            if (keys.size() >= limit) {
                break;
            }
            List<Key> found = group.keys(this, filter.get().add(group.condition), ascending, skip, limit - keys.size());
            if (found.isEmpty() && skip > 0) {
                skip -= (int) count(filter.get().add(group.condition));
            } else {
                skip = 0;
            }
            keys.addAll(found);
        }
        return keys;
    }

    private static Comparator<Key> nextBreachOrder(boolean ascending) {
        Comparator<Key> byDue = Comparator.comparing(Key::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Key::id);
        return Comparator.comparingInt(Key::group).thenComparing((a, b) -> a.group() == Group.NONE.ordinal()
                ? NEWEST_FIRST.compare(a, b) : ascending ? byDue.compare(a, b) : byDue.reversed().compare(a, b));
    }

    /** The next-breach order's groups: running clocks, paused clocks, no deadline. */
    private enum Group {
        RUNNING("r.slaDueAt is not null and r.slaPaused = false"),
        PAUSED("r.slaDueAt is not null and r.slaPaused = true"),
        NONE("r.slaDueAt is null");

        private final String condition;

        Group(String condition) {
            this.condition = condition;
        }

        List<Key> keys(RequestListingImpl listing, QueryConditions where, boolean ascending, int offset, int limit) {
            String direction = ascending ? "asc" : "desc";
            String order = this == NONE ? " order by r.createdAt desc, r.id desc"
                    : " order by r.slaDueAt " + direction + ", r.id " + direction;
            return listing.keys(where, order, offset, limit).stream().map(key -> key.inGroup(this)).toList();
        }
    }

    private QueryConditions conditions(RequestFilter filter) {
        return conditions.of(filter);
    }

    /**
     * How many requests the filter finds per status, its own status choice left aside (the counts the
     * status filter shows); for an organisation its own requests and the ones it supports, like the list.
     */
    @Override
    public Map<RequestStatus, Long> countByStatus(@Nullable Long organisationScope, RequestFilter filter) {
        RequestFilter any = filter.anyStatus();
        if (organisationScope == null) {
            return counts(conditions(any));
        }
        var counts = new EnumMap<RequestStatus, Long>(RequestStatus.class);
        counts.putAll(counts(conditions(any).add("r.organisation.id = :scope", "scope", organisationScope)));
        if (!any.atRiskOnly() && !any.ownOnly()) {
            counts(conditions(any).add("r.organisation.id <> :scope and r.id in "
                    + "(select s.request.id from Support s where s.organisation.id = :scope)", "scope", organisationScope))
                    .forEach((status, count) -> counts.merge(status, count, Long::sum));
        }
        return counts;
    }

    private Map<RequestStatus, Long> counts(QueryConditions where) {
        var counts = new EnumMap<RequestStatus, Long>(RequestStatus.class);
        where.bind(entityManager.createQuery("select r.status, count(r) from Request r" + where.where()
                        + " group by r.status", Object[].class))
                .getResultStream()
                .forEach(row -> counts.put((RequestStatus) row[0], (Long) row[1]));
        return counts;
    }

    private List<Key> keys(QueryConditions where, int offset, int limit) {
        return keys(where, " order by r.createdAt desc, r.id desc", offset, limit);
    }

    private List<Key> keys(QueryConditions where, String order, int offset, int limit) {
        return where.bind(entityManager.createQuery("select r.id, r.createdAt, r.slaDueAt, r.slaPaused from Request r"
                        + where.where() + order, Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> Key.of((Long) row[0], (Instant) row[1], (Instant) row[2], (Boolean) row[3]))
                .toList();
    }

    private long count(QueryConditions where) {
        return where.bind(entityManager.createQuery("select count(r) from Request r" + where.where(), Long.class))
                .getSingleResult();
    }

    private List<RequestSummary> rowsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RequestSummary> byId = entityManager.createQuery("""
                select new app.ponte.request.RequestSummary(r.id, r.title, r.kind, r.status, o.id, o.name,
                    q.displayName, s.displayName, r.priority, r.severity, r.createdAt, r.updatedAt, r.version,
                    r.slaTarget, r.slaDueAt, r.slaAtRiskAt, r.slaPaused)
                from Request r join r.organisation o join r.requester q left join r.assignee s
                where r.id in :ids
                """, RequestSummary.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(RequestSummary::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Where a request stands in every list: newest first, ties by id; by next breach, its group
     * ({@link Group}'s ordinal) and due time.
     */
    private record Key(long id, Instant createdAt, @Nullable Instant dueAt, int group) {

        static Key of(long id, Instant createdAt, @Nullable Instant dueAt, boolean paused) {
            return new Key(id, createdAt, dueAt, (dueAt == null ? Group.NONE : paused ? Group.PAUSED : Group.RUNNING)
                    .ordinal());
        }

        Key inGroup(Group group) {
            return new Key(id, createdAt, dueAt, group.ordinal());
        }

        /** A supported request of another organisation: its deadline is not the supporter's. */
        Key withoutDeadline() {
            return new Key(id, createdAt, null, Group.NONE.ordinal());
        }
    }
}
