package app.ponte.feedback;

import app.ponte.organisation.OrganisationKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One organisation's survey schedule as admins edit it; {@code nextOn} null means turned off. */
public record ScheduleRow(long organisationId, String organisationName, OrganisationKind kind,
        @Nullable LocalDate nextOn, @Nullable LocalDate lastSentOn, long version) {
}
