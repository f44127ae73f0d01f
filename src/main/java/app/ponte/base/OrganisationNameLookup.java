package app.ponte.base;

import java.util.Collection;
import java.util.Map;

/**
 * Organisation names by id, for a feature the organisation feature itself depends on (the audit trail,
 * which every feature writes to). Declared here, implemented by the organisation feature, so that such a
 * feature can show names without a dependency cycle. It answers for any id: the caller decides who may see.
 */
public interface OrganisationNameLookup {

    /** Organisation id → name; an id that does not exist is left out. */
    Map<Long, String> names(Collection<Long> organisationIds);
}
