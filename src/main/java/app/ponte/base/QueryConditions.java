package app.ponte.base;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where-clause of a list query, holding only the filters actually given. Writing
 * "(:x is null or m.x = :x)" for absent filters keeps MariaDB from choosing the index that serves the
 * filters present (docs/benchmarks.md), so list queries are assembled from what the user chose.
 */
public final class QueryConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition using one named parameter, e.g. {@code add("m.role = :role", "role", role)}. */
    public QueryConditions add(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Adds a condition without parameters, e.g. {@code add("r.assignee is null")}. */
    public QueryConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a second parameter to the condition added last. */
    public QueryConditions with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** " where a and b", or nothing when no filter was given. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
