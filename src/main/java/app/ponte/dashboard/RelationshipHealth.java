package app.ponte.dashboard;

import app.ponte.security.AdminOnly;
import app.ponte.security.TeamOnly;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    /** The columns, in order. */
    @TeamOnly
    public List<HealthColumn> columns() {
        return List.of(); // TRANSITIONAL: slice "health"
    }

    /**
     * A page of rows sorted by one column ({@code sortKey} a signal's key, or null for the organisation's name),
     * worst first when {@code worstFirst}; organisations without a value for the column come last.
     */
    @TeamOnly
    public Slice<HealthRow> page(@Nullable String sortKey, boolean worstFirst, Pageable page) {
        return new SliceImpl<>(List.of(), page, false); // TRANSITIONAL: slice "health"
    }

    /** When the stored values were computed; empty before the first recompute. */
    @TeamOnly
    public Optional<Instant> computedAt() {
        return Optional.empty(); // TRANSITIONAL: slice "health"
    }

    /** Measures every signal again now (what the job does), for an admin who does not want to wait. */
    @AdminOnly
    @Transactional
    public void recompute() {
        // TRANSITIONAL: slice "health"
    }
}
