package app.ponte.security;

import java.util.OptionalLong;

/**
 * The pages of single records (a request's, say) that belong to one organisation: the layout asks, when a
 * person with several memberships switches or follows a link into another of their organisations, whose the
 * record is. Declared here, implemented by the features that own such pages, so that the layout does not
 * depend on them.
 */
public interface RecordPages {

    /** Whether the address (a route path without leading slash, e.g. {@code requests/12}) is one of these pages. */
    boolean covers(String path);

    /**
     * The organisation the record belongs to, only when the signed-in person holds a membership in it; empty
     * when there is no such record, when it belongs to an organisation the person is no member of, or when
     * the address is not one of these pages. Nothing here tells a non-member whether the record exists.
     */
    OptionalLong ownerAmongMyOrganisations(String path);
}
