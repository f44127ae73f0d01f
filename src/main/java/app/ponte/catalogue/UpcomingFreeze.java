package app.ponte.catalogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A freeze window coming up as an organisation's agenda names it: the system and the days; the reason only when
 * the organisation declared it itself ({@code own}); another organisation's window stays unnamed and unexplained.
 */
public record UpcomingFreeze(String systemName, LocalDate startsOn, LocalDate endsOn, boolean own,
        @Nullable String reason) {
}
