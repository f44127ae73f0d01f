package app.ponte.dashboard;

import app.ponte.security.AdminOnly;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship health list: every served organisation with the value of each {@link RelationshipSignal},
 * stored by a recompute (a job every few minutes, once across nodes, and on an admin's demand) so that the list
 * for 5,000 organisations pages and sorts by any column from an index, never by measuring on the fly.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipHealth {

    /** The signals that say an organisation has gone quiet: no review, no contact. */
    static final List<String> QUIET_SIGNALS = List.of("meetings.days-since-review", "requests.days-since-contact");

    /**
     * The first column, derived from the others at each recompute: how many of an organisation's signals are going
     * wrong (× 100) and how many are to watch, so that one sort puts the relationships in the worst state first.
     */
    public static final String OVERALL = "health.overall";

    private static final HealthColumn OVERALL_COLUMN = new HealthColumn(OVERALL, "dashboard.health.overall",
            "dashboard.health.overall.rule", RelationshipSignal.ValueFormat.LEVELS, 1, 100, true,
            "dashboard.health.none", null);

    private static final Logger log = LoggerFactory.getLogger(RelationshipHealth.class);
    private static final int MAX_KEY_LENGTH = 40;

    private final ObjectProvider<RelationshipSignal> signals;
    private final ServedOrganisationDirectory directory;
    private final HealthStore store;
    private final Clock clock;

    // The signals are looked up when used, not at construction: a feature's signal may depend on services that
    // contribute dashboard blocks themselves.
    RelationshipHealth(ObjectProvider<RelationshipSignal> signals, ServedOrganisationDirectory directory,
            HealthStore store, Clock clock) {
        this.signals = signals;
        this.directory = directory;
        this.store = store;
        this.clock = clock;
    }

    /** The columns, in order. */
    @TeamOnly
    public List<HealthColumn> columns() {
        List<HealthColumn> columns = new java.util.ArrayList<>();
        columns.add(OVERALL_COLUMN);
        signals().stream().map(HealthColumn::of).forEach(columns::add);
        return List.copyOf(columns);
    }

    /**
     * A page of rows sorted by one column ({@code sortKey} a signal's key, or null for the organisation's name),
     * worst first when {@code worstFirst}; organisations without a value for the column come last, by name. By name,
     * {@code worstFirst} reads Z to A. The page is found on an index (ids only), then its rows in one query.
     */
    @TeamOnly
    public Slice<HealthRow> page(@Nullable String sortKey, boolean worstFirst, Pageable page) {
        int size = page.getPageSize();
        List<Long> ids = sortKey == null ? store.idsByName(worstFirst, page.getOffset(), size + 1)
                : idsByValue(column(sortKey), worstFirst, page.getOffset(), size + 1);
        return slice(ids, page);
    }

    /**
     * The valued organisations first, then those without a value. How many have a value is counted only when the page
     * starts past them: a page that found some valued rows but fewer than it wanted knows it already (counting a
     * signal every organisation has read 5,000 index entries for each page).
     */
    private List<Long> idsByValue(HealthColumn column, boolean worstFirst, long offset, int limit) {
        List<Long> ids = new ArrayList<>(store.idsByValue(column.key(), worstFirst == column.higherIsWorse(), offset,
                limit));
        if (ids.size() < limit) {
            long valued = ids.isEmpty() ? store.valued(column.key()) : offset + ids.size();
            ids.addAll(store.idsWithoutValue(column.key(), Math.max(0, offset - valued), limit - ids.size()));
        }
        return ids;
    }

    private HealthColumn column(String key) {
        return columns().stream().filter(column -> column.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No relationship signal " + key));
    }

    /** When the stored values were computed; empty before the first recompute. */
    @TeamOnly
    public Optional<Instant> computedAt() {
        return store.lastRun().map(HealthRun::computedAt);
    }

    /** The last recompute: when, how long, how much; empty before the first. For the administrators' job status. */
    @AdminOnly
    public Optional<HealthRun> lastRun() {
        return store.lastRun();
    }

    /**
     * The organisations gone quiet: no review or no contact for at least {@code days} days, or never (no value), by
     * name. Only the quiet signals some feature contributes count; without any, nobody is quiet.
     */
    @AdminOnly
    public Slice<HealthRow> quiet(long days, Pageable page) {
        Set<String> contributed = new HashSet<>();
        signals().forEach(signal -> contributed.add(signal.key()));
        List<String> keys = QUIET_SIGNALS.stream().filter(contributed::contains).toList();
        if (keys.isEmpty()) {
            return new SliceImpl<>(List.of(), page, false);
        }
        return slice(store.idsAtLeastOrMissing(keys, days, page.getOffset(), page.getPageSize() + 1), page);
    }

    private Slice<HealthRow> slice(List<Long> idsAndOneMore, Pageable page) {
        boolean more = idsAndOneMore.size() > page.getPageSize();
        List<Long> ids = more ? idsAndOneMore.subList(0, page.getPageSize()) : idsAndOneMore;
        return new SliceImpl<>(store.rows(ids), page, more);
    }

    /**
     * Measures every signal again now (what the job does), for an admin who does not want to wait: one aggregate
     * query per signal, then the stored values replaced in this one transaction, in batches.
     */
    @AdminOnly
    @Transactional
    public void recompute() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Map<Long, String> served = directory.servedOrganisations();
        Map<String, Map<Long, Long>> measured = new LinkedHashMap<>();
        for (RelationshipSignal signal : signals()) {
            measured.put(signal.key(), signal.measure(now));
        }
        measured.put(OVERALL, overall(served.keySet(), measured));
        int values = store.replace(served, measured);
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        store.recordRun(now, took, served.size(), values);
        log.debug("Relationship health: {} values for {} organisations in {} ms", values, served.size(), took);
    }

    /** Each organisation's count of signals going wrong (× 100) and to watch, missing values at their own level. */
    private Map<Long, Long> overall(Set<Long> organisations, Map<String, Map<Long, Long>> measured) {
        Map<Long, Long> overall = new java.util.HashMap<>();
        List<HealthColumn> columns = signals().stream().map(HealthColumn::of).toList();
        for (long organisation : organisations) {
            long score = 0;
            for (HealthColumn column : columns) {
                HealthLevel level = column.levelOf(measured.getOrDefault(column.key(), Map.of()).get(organisation));
                score += level == HealthLevel.ALERT ? 100 : level == HealthLevel.WARN ? 1 : 0;
            }
            overall.put(organisation, score);
        }
        return overall;
    }

    private List<RelationshipSignal> signals() {
        List<RelationshipSignal> all = signals.orderedStream()
                .sorted(Comparator.comparingInt(RelationshipSignal::order).thenComparing(RelationshipSignal::key))
                .toList();
        Set<String> keys = new HashSet<>();
        for (RelationshipSignal signal : all) {
            if (signal.key().length() > MAX_KEY_LENGTH || !keys.add(signal.key())) {
                throw new IllegalStateException("Relationship signal keys must be unique and at most "
                        + MAX_KEY_LENGTH + " characters: " + signal.key());
            }
        }
        return all;
    }
}
