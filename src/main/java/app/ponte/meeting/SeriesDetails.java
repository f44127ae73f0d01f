package app.ponte.meeting;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's review series as saved ({@code seriesId} and {@code version} null when it has none yet: the
 * draft is then a proposal), its zone and the next review.
 */
public record SeriesDetails(long organisationId, @Nullable Long seriesId, @Nullable Long version, ZoneId zone,
        SeriesDraft draft, @Nullable Instant nextStart) {
}
