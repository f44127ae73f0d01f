package app.ponte.organisation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An active account that never signed in, as the administrators' dashboard lists it.
 *
 * @param organisations the names of the organisations it is a member of, by name
 * @param invitedAt when it was invited (the latest accepted invitation of its e-mail); null for an account an
 *        administrator made directly
 * @param createdAt when the account was made
 */
public record DormantAccount(long accountId, String displayName, String email, Instant createdAt,
        List<String> organisations, @Nullable Instant invitedAt) {

    public DormantAccount {
        organisations = List.copyOf(organisations);
    }

    /** The account alone, as the first query reads it. */
    DormantAccount(long accountId, String displayName, String email, Instant createdAt) {
        this(accountId, displayName, email, createdAt, List.of(), null);
    }
}
