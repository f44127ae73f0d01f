package app.ponte.organisation;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** An organisation as an administrator fills it in. The kind is fixed once created. */
public record OrganisationDraft(OrganisationKind kind, String name, @Nullable ZoneId timeZone, String language,
        @Nullable Long accountManagerId, ReviewCadence reviewCadence, @Nullable String notes) {

    public static final int NAME_MAX = 120;
    public static final int NOTES_MAX = 2000;

    public OrganisationDraft withCadence(ReviewCadence cadence) {
        return new OrganisationDraft(kind, name, timeZone, language, accountManagerId, cadence, notes);
    }
}
