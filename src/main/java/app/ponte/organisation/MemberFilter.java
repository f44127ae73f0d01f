package app.ponte.organisation;

import app.ponte.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What a member list asks for: the start of the name or e-mail, and optionally organisation, role and
 * whether the membership is active.
 */
public record MemberFilter(String textStart, @Nullable Long organisationId, @Nullable Role role,
        @Nullable Boolean active) {

    public static final MemberFilter ALL = new MemberFilter("", null, null, null);
}
