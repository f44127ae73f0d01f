package app.ponte.catalogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a freeze window editor collects. The team names the organisation it declares the window for;
 * anybody else declares for their own organisation.
 */
public record FreezeWindowDraft(@Nullable Long systemId, @Nullable Long organisationId, @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn, String reason) {
}
