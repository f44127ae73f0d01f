package app.ponte.organisation;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Everything an administrator edits about an organisation, with the version it was read at. */
public record OrganisationDetails(long id, OrganisationKind kind, String name, ZoneId timeZone, String language,
        @Nullable Long accountManagerId, ReviewCadence reviewCadence, @Nullable String notes, boolean active,
        long version) {

    static OrganisationDetails of(Organisation o) {
        return new OrganisationDetails(o.getId(), o.getKind(), o.getName(), o.getTimeZone(), o.getLanguage(),
                o.getAccountManager() == null ? null : o.getAccountManager().getId(), o.getReviewCadence(),
                o.getNotes(), o.isActive(), o.getVersion());
    }

    public OrganisationDraft toDraft() {
        return new OrganisationDraft(kind, name, timeZone, language, accountManagerId, reviewCadence, notes);
    }
}
