package app.ponte.sla;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A calendar's name, zone id and working week as an admin typed them; the holidays are edited one by one. */
public record CalendarDraft(@Nullable String name, @Nullable String zone, List<CalendarPeriod> periods) {

    public CalendarDraft {
        periods = List.copyOf(periods);
    }
}
