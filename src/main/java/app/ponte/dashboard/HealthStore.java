package app.ponte.dashboard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored relationship health values (V57): replaced whole by a recompute, read a page of ids at a time from an
 * index and then the values of those ids in one query. Plain SQL: a recompute writes 40,000 rows in batches, and the
 * reads return ids and numbers, never entities. Instants are stored as UTC wall time, whatever the drivers' zone.
 */
@Component
class HealthStore {

    /** Rows per JDBC batch when the values are written again. */
    static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    HealthStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Replaces every stored organisation and value (organisations no longer served disappear), after locking the one
     * run row so that two recomputes replace one after the other. Runs in the caller's transaction.
     */
    int replace(Map<Long, String> organisations, Map<String, Map<Long, Long>> valuesBySignal) {
        jdbc.sql("SELECT id FROM relationship_health_runs WHERE id = 1 FOR UPDATE").query(Integer.class).list();
        jdbc.sql("DELETE FROM relationship_health_values").update();
        jdbc.sql("DELETE FROM relationship_health_organisations").update();
        List<Object[]> names = new ArrayList<>(organisations.size());
        organisations.forEach((id, name) -> names.add(new Object[] {id, name}));
        insert("INSERT INTO relationship_health_organisations (organisation_id, organisation_name) VALUES (?, ?)",
                names);
        List<Object[]> values = new ArrayList<>();
        valuesBySignal.forEach((key, measured) -> measured.forEach((id, value) -> {
            if (organisations.containsKey(id)) {
                values.add(new Object[] {id, key, value});
            }
        }));
        insert("INSERT INTO relationship_health_values (organisation_id, signal_key, signal_value) VALUES (?, ?, ?)",
                values);
        return values.size();
    }

    private void insert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** Records when the values now stored were computed and how long the recompute took. */
    void recordRun(Instant computedAt, long durationMs, int organisations, int values) {
        jdbc.sql("""
                UPDATE relationship_health_runs SET computed_at = :at, duration_ms = :ms, organisation_count = :orgs,
                    value_count = :values WHERE id = 1""")
                .param("at", LocalDateTime.ofInstant(computedAt, ZoneOffset.UTC)).param("ms", durationMs)
                .param("orgs", organisations).param("values", values).update();
    }

    /** The last recompute; empty before the first. */
    Optional<HealthRun> lastRun() {
        return jdbc.sql("""
                        SELECT computed_at, duration_ms, organisation_count, value_count
                        FROM relationship_health_runs WHERE id = 1""")
                .query((rs, n) -> {
                    LocalDateTime at = rs.getObject(1, LocalDateTime.class);
                    return at == null ? Optional.<HealthRun>empty()
                            : Optional.of(new HealthRun(at.toInstant(ZoneOffset.UTC), rs.getLong(2), rs.getInt(3),
                                    rs.getInt(4)));
                })
                .single();
    }

    /** A page of organisation ids by name, from the name index. */
    List<Long> idsByName(boolean descending, long offset, int limit) {
        String direction = descending ? "DESC" : "ASC";
        return jdbc.sql("SELECT organisation_id FROM relationship_health_organisations ORDER BY organisation_name "
                        + direction + ", organisation_id " + direction + " LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(Long.class).list();
    }

    /** How many organisations have a value for the signal (an index range count). */
    long valued(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM relationship_health_values WHERE signal_key = :key")
                .param("key", key).query(Long.class).single();
    }

    /** A page of the organisations that have a value for the signal, by that value, from the sorted index. */
    List<Long> idsByValue(String key, boolean descending, long offset, int limit) {
        String direction = descending ? "DESC" : "ASC";
        return jdbc.sql("SELECT organisation_id FROM relationship_health_values WHERE signal_key = :key"
                        + " ORDER BY signal_value " + direction + ", organisation_id " + direction
                        + " LIMIT :limit OFFSET :offset")
                .param("key", key).param("limit", limit).param("offset", offset).query(Long.class).list();
    }

    /** A page of the organisations without a value for the signal, by name: they come after the others. */
    List<Long> idsWithoutValue(String key, long offset, int limit) {
        return jdbc.sql("""
                        SELECT o.organisation_id FROM relationship_health_organisations o
                        WHERE NOT EXISTS (SELECT 1 FROM relationship_health_values v
                                          WHERE v.organisation_id = o.organisation_id AND v.signal_key = :key)
                        ORDER BY o.organisation_name, o.organisation_id LIMIT :limit OFFSET :offset""")
                .param("key", key).param("limit", limit).param("offset", offset).query(Long.class).list();
    }

    /**
     * A page of the organisations for which any of the signals is at least {@code atLeast} or has no value, by name.
     * Each signal is one outer join on the primary key.
     */
    List<Long> idsAtLeastOrMissing(List<String> keys, long atLeast, long offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT o.organisation_id FROM relationship_health_organisations o");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            sql.append(" LEFT JOIN relationship_health_values v").append(i).append(" ON v").append(i)
                    .append(".organisation_id = o.organisation_id AND v").append(i).append(".signal_key = :key")
                    .append(i);
            conditions.add("v" + i + ".signal_value IS NULL OR v" + i + ".signal_value >= :atLeast");
            params.put("key" + i, keys.get(i));
        }
        sql.append(" WHERE ").append(String.join(" OR ", conditions))
                .append(" ORDER BY o.organisation_name, o.organisation_id LIMIT :limit OFFSET :offset");
        return jdbc.sql(sql.toString()).params(params).param("atLeast", atLeast).param("limit", limit)
                .param("offset", offset).query(Long.class).list();
    }

    /** The rows of these organisations, in the order of the ids given, in one query. */
    List<HealthRow> rows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        Map<Long, Map<String, Long>> values = new HashMap<>();
        jdbc.sql("""
                        SELECT o.organisation_id, o.organisation_name, v.signal_key, v.signal_value
                        FROM relationship_health_organisations o
                        LEFT JOIN relationship_health_values v ON v.organisation_id = o.organisation_id
                        WHERE o.organisation_id IN (:ids)""")
                .param("ids", ids).query(rs -> {
                    long id = rs.getLong(1);
                    names.put(id, rs.getString(2));
                    Map<String, Long> own = values.computeIfAbsent(id, any -> new LinkedHashMap<>());
                    String key = rs.getString(3);
                    if (key != null) {
                        own.put(key, rs.getLong(4));
                    }
                });
        return ids.stream().filter(names::containsKey)
                .map(id -> new HealthRow(id, names.get(id), values.get(id))).toList();
    }
}
