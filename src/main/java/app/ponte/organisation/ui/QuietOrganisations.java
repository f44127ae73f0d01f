package app.ponte.organisation.ui;

import app.ponte.dashboard.HealthRow;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Where the quiet organisations block reads from: the relationship health list's organisations without a review or
 * any contact for some days, and when those values were computed. Answered by {@link HealthQuietOrganisations}; an
 * interface so that the block's tests can hand it rows of their own.
 */
interface QuietOrganisations {

    /** Organisations whose days since the last review or since the last contact are at least {@code days} or unknown. */
    Slice<HealthRow> quiet(long days, Pageable pageable);

    /** When the values were computed; empty before the first recompute. */
    Optional<Instant> computedAt();
}
