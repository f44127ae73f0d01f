package app.ponte.organisation;

import java.util.List;

/**
 * One person as the member list shows them: the account, with the version an edit must name, and the
 * person's memberships in the viewer's scope (for a client admin: the one in their company), by organisation.
 */
public record PersonSummary(long accountId, String displayName, String email, boolean accountActive,
        long accountVersion, List<MemberSummary> memberships) {

    public PersonSummary {
        memberships = List.copyOf(memberships);
    }
}
