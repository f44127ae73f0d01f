package app.ponte.dashboard;

import java.util.Map;

/**
 * The organisations whose relationships are watched: every active department and client, by id with its name.
 * Declared here and answered by the organisation feature (which itself contributes dashboard blocks, so the
 * dashboard cannot depend on it). Called by the recompute job; it answers for everyone: callers decide who may see.
 */
public interface ServedOrganisationDirectory {

    /** Active departments and clients: id → name. */
    Map<Long, String> servedOrganisations();
}
