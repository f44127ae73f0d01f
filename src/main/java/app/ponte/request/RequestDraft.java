package app.ponte.request;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a requester fills in on the guided form. Which fields a kind asks for is decided by
 * {@link RequestKind}; {@link RequestDraftCheck} says which are required and how long they may be.
 * The team names the organisation it files for; everybody else files for their active organisation.
 * Changes, integrations, bugs and incidents name the catalogue systems they touch (or, for a system not
 * in the catalogue, its name).
 */
public record RequestDraft(RequestKind kind, @Nullable Long organisationId, String title, String problem,
        @Nullable String affectedPeople, @Nullable String intendedUse, @Nullable String businessImpact,
        @Nullable LocalDate desiredDate, @Nullable String desiredDateReason, @Nullable String affectedSystem,
        @Nullable Severity severity, @Nullable String steps, @Nullable String occurringSince,
        @Nullable String systemsInvolved, @Nullable String dataInvolved, @Nullable Boolean personalData,
        Set<Long> systemIds) {

    /** A draft that names no catalogue system (questions, ideas, or a system typed by name). */
    public RequestDraft(RequestKind kind, @Nullable Long organisationId, String title, String problem,
            @Nullable String affectedPeople, @Nullable String intendedUse, @Nullable String businessImpact,
            @Nullable LocalDate desiredDate, @Nullable String desiredDateReason, @Nullable String affectedSystem,
            @Nullable Severity severity, @Nullable String steps, @Nullable String occurringSince,
            @Nullable String systemsInvolved, @Nullable String dataInvolved, @Nullable Boolean personalData) {
        this(kind, organisationId, title, problem, affectedPeople, intendedUse, businessImpact, desiredDate,
                desiredDateReason, affectedSystem, severity, steps, occurringSince, systemsInvolved, dataInvolved,
                personalData, Set.of());
    }

    /** The same draft naming the catalogue systems it touches. */
    public RequestDraft touching(Set<Long> systems) {
        return new RequestDraft(kind, organisationId, title, problem, affectedPeople, intendedUse, businessImpact,
                desiredDate, desiredDateReason, affectedSystem, severity, steps, occurringSince, systemsInvolved,
                dataInvolved, personalData, Set.copyOf(systems));
    }

    /** A question or any other request with only a title and a text. */
    public static RequestDraft simple(RequestKind kind, String title, String problem) {
        return new RequestDraft(kind, null, title, problem, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
