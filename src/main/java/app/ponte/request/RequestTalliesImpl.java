package app.ponte.request;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The dashboard's figures, each one query assembled from the lists' conditions. */
class RequestTalliesImpl implements RequestTallies {

    private final EntityManager entityManager;
    private final RequestConditions conditions;

    RequestTalliesImpl(EntityManager entityManager, RequestConditions conditions) {
        this.entityManager = entityManager;
        this.conditions = conditions;
    }

    @Override
    public long count(RequestFilter filter) {
        var where = conditions.of(filter);
        return where.bind(entityManager.createQuery("select count(r) from Request r" + where.where(), Long.class))
                .getSingleResult();
    }

    @Override
    public List<StatusKindCount> countByStatusAndKind(RequestFilter filter) {
        var where = conditions.of(filter);
        return where.bind(entityManager.createQuery("select r.status, r.kind, count(r) from Request r" + where.where()
                        + " group by r.status, r.kind", Object[].class))
                .getResultStream()
                .map(row -> new StatusKindCount((RequestStatus) row[0], (RequestKind) row[1], (Long) row[2]))
                .toList();
    }

    /**
     * Grouped on the requests table alone (the index on status and organisation serves it), then the names of the
     * few organisations found: joining every request to its organisation to group by name would read them all.
     */
    @Override
    public List<OrganisationCount> countByOrganisation(RequestFilter filter, int limit) {
        var where = conditions.of(filter);
        List<Object[]> counts = where.bind(entityManager.createQuery("select r.organisation.id, count(r) from Request r"
                        + where.where() + " group by r.organisation.id order by count(r) desc, r.organisation.id",
                        Object[].class))
                .setMaxResults(limit)
                .getResultList();
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = entityManager.createQuery(
                        "select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", counts.stream().map(row -> (Long) row[0]).toList())
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return counts.stream()
                .map(row -> new OrganisationCount((Long) row[0], names.get((Long) row[0]), (Long) row[1]))
                .toList();
    }

    @Override
    public List<OpenRequest> oldest(RequestFilter filter, int limit) {
        var where = conditions.of(filter);
        return where.bind(entityManager.createQuery("select new app.ponte.request.OpenRequest(r.id, r.title, r.status, "
                        + "r.createdAt) from Request r" + where.where() + " order by r.createdAt, r.id",
                        OpenRequest.class))
                .setMaxResults(limit)
                .getResultList();
    }
}
