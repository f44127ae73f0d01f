package app.ponte.organisation;

import app.ponte.base.QueryConditions;
import app.ponte.security.TenantScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/**
 * Finds a page of the member list in two steps. First the page's ids, on the memberships table alone:
 * the copies of name and e-mail on each membership and one index per filter (V3) serve the filter and
 * the order together, and only the filters actually given are written into the query
 * ({@link QueryConditions}): "(:x is null or m.x = :x)" made MariaDB sort every row for a deep page. Then only that page's rows are joined to their accounts and organisations; with the
 * joins in the first step MariaDB drove the query from organisations and sorted all 105,000
 * memberships for each page. Figures in docs/benchmarks.md.
 */
class MemberListingImpl implements MemberListing {

    private final EntityManager entityManager;

    MemberListingImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Slice<MemberSummary> findInScope(TenantScope scope, MemberFilter filter, @Nullable String namePattern,
            @Nullable String emailPattern, Pageable pageable) {
        List<Long> ids = pageOfIds(scope, filter, namePattern, emailPattern, pageable);
        boolean hasNext = ids.size() > pageable.getPageSize();
        List<Long> page = hasNext ? ids.subList(0, pageable.getPageSize()) : ids;
        return new SliceImpl<>(summariesInOrder(page), pageable, hasNext);
    }

    @Override
    public Slice<PersonSummary> findPeopleInScope(TenantScope scope, MemberFilter filter, @Nullable String namePattern,
            @Nullable String emailPattern, Pageable pageable) {
        // Within one organisation a person has one membership: the membership page is the people page, on the
        // indexes V3 made for it. Across organisations the accounts are walked by name instead.
        List<Long> accountIds = !scope.seesEveryOrganisation() || filter.organisationId() != null
                ? accountsOf(pageOfIds(scope, filter, namePattern, emailPattern, pageable))
                : pageOfAccountIds(filter, namePattern, emailPattern, pageable);
        boolean hasNext = accountIds.size() > pageable.getPageSize();
        List<Long> page = hasNext ? accountIds.subList(0, pageable.getPageSize()) : accountIds;
        return new SliceImpl<>(peopleInOrder(scope, page), pageable, hasNext);
    }

    private List<Long> accountsOf(List<Long> membershipIds) {
        if (membershipIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> accountByMembership = new HashMap<>();
        entityManager.createQuery("select m.id, m.account.id from Membership m where m.id in :ids", Object[].class)
                .setParameter("ids", membershipIds)
                .getResultList()
                .forEach(row -> accountByMembership.put((Long) row[0], (Long) row[1]));
        return membershipIds.stream().map(accountByMembership::get).distinct().toList();
    }

    private List<Long> pageOfAccountIds(MemberFilter filter, @Nullable String namePattern,
            @Nullable String emailPattern, Pageable pageable) {
        var membership = new QueryConditions();
        membership.add("m.account.id = a.id");
        if (filter.role() != null) {
            membership.add("m.role = :role", "role", filter.role());
        }
        if (filter.active() != null) {
            membership.add("m.active = :active", "active", filter.active());
        }
        var where = new QueryConditions();
        where.add("exists (select m.id from Membership m" + membership.where() + ")");
        String order = "a.searchName";
        if (namePattern != null && emailPattern != null) {
            where.add("(a.searchName like :namePattern escape '!' or a.email like :emailPattern escape '!')",
                    "namePattern", namePattern).with("emailPattern", emailPattern);
            order = "concat(a.searchName, '')";
        }
        TypedQuery<Long> query = membership.bind(where.bind(entityManager.createQuery(
                "select a.id from Account a" + where.where() + " order by " + order + ", a.id", Long.class)));
        return query.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
    }

    private List<PersonSummary> peopleInOrder(TenantScope scope, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        var where = new QueryConditions();
        where.add("a.id in :ids", "ids", accountIds);
        if (!scope.seesEveryOrganisation()) {
            where.add("o.id = :scopeOrganisationId", "scopeOrganisationId", scope.organisationId());
        }
        Map<Long, List<MemberSummary>> byAccount = new HashMap<>();
        where.bind(entityManager.createQuery("""
                select new app.ponte.organisation.MemberSummary(
                    m.id, a.id, a.displayName, a.email, o.id, o.name, m.role, m.active, a.active, m.version, a.version)
                from Membership m join m.account a join m.organisation o""" + where.where()
                + " order by o.searchName, o.id", MemberSummary.class))
                .getResultList()
                .forEach(summary -> byAccount.computeIfAbsent(summary.accountId(), id -> new ArrayList<>())
                        .add(summary));
        List<PersonSummary> people = new ArrayList<>();
        for (long accountId : accountIds) {
            List<MemberSummary> memberships = byAccount.getOrDefault(accountId, List.of());
            if (!memberships.isEmpty()) {
                MemberSummary any = memberships.getFirst();
                people.add(new PersonSummary(accountId, any.displayName(), any.email(), any.accountActive(),
                        any.accountVersion(), memberships));
            }
        }
        return people;
    }

    private List<Long> pageOfIds(TenantScope scope, MemberFilter filter, @Nullable String namePattern,
            @Nullable String emailPattern, Pageable pageable) {
        var where = new QueryConditions();
        if (!scope.seesEveryOrganisation()) {
            where.add("m.organisation.id = :scopeOrganisationId", "scopeOrganisationId", scope.organisationId());
        }
        if (filter.organisationId() != null) {
            where.add("m.organisation.id = :organisationId", "organisationId", filter.organisationId());
        }
        if (filter.role() != null) {
            where.add("m.role = :role", "role", filter.role());
        }
        if (filter.active() != null) {
            where.add("m.active = :active", "active", filter.active());
        }
        // With a text, the order is on an expression on purpose: otherwise MariaDB walks the name index
        // from "a" looking for e-mail matches; this way it reads the two matching index ranges and sorts
        // only the matches.
        String order = "m.memberSearchName";
        if (namePattern != null && emailPattern != null) {
            where.add("(m.memberSearchName like :namePattern escape '!' or m.memberEmail like :emailPattern escape '!')",
                    "namePattern", namePattern).with("emailPattern", emailPattern);
            order = "concat(m.memberSearchName, '')";
        }
        TypedQuery<Long> query = where.bind(entityManager.createQuery(
                "select m.id from Membership m" + where.where() + " order by " + order + ", m.id", Long.class));
        return query.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
    }

    private List<MemberSummary> summariesInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberSummary> byId = new HashMap<>();
        entityManager.createQuery("""
                select new app.ponte.organisation.MemberSummary(
                    m.id, a.id, a.displayName, a.email, o.id, o.name, m.role, m.active, a.active, m.version, a.version)
                from Membership m join m.account a join m.organisation o
                where m.id in :ids
                """, MemberSummary.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(summary -> byId.put(summary.membershipId(), summary));
        var ordered = new LinkedHashMap<Long, MemberSummary>();
        ids.forEach(id -> ordered.put(id, byId.get(id)));
        return List.copyOf(ordered.values());
    }
}
