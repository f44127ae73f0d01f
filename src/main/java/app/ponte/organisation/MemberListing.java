package app.ponte.organisation;

import app.ponte.security.TenantScope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** The member list's query, written by hand so that each filter combination gets the plan it needs. */
interface MemberListing {

    /**
     * A page of memberships in scope, by the member's name; no count query is run. The text patterns
     * match the start of the normalised name or of the e-mail; both null means no text filter.
     */
    Slice<MemberSummary> findInScope(TenantScope scope, MemberFilter filter, @Nullable String namePattern,
            @Nullable String emailPattern, Pageable pageable);

    /**
     * A page of people with a membership in scope that matches the filter, by name, each with all their
     * memberships in scope; no count query is run. Text patterns as for {@link #findInScope}.
     */
    Slice<PersonSummary> findPeopleInScope(TenantScope scope, MemberFilter filter, @Nullable String namePattern,
            @Nullable String emailPattern, Pageable pageable);
}
