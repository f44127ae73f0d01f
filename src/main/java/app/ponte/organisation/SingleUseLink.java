package app.ponte.organisation;

import app.ponte.security.SecureTokens;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A link e-mailed once (an invitation, a password reset): only the token's hash is stored, and the link says
 * itself whether it can still be used. One rule for finding a usable link by the token somebody holds.
 */
interface SingleUseLink {

    /** Why the link can no longer be used, or null when it can. */
    @Nullable LinkProblem problemAt(Instant now);

    /** The link the token opens, when usable now; otherwise {@link InvalidLinkException} says why. */
    static <L extends SingleUseLink> L usable(@Nullable String token, Function<String, Optional<L>> byTokenHash,
            Instant now) {
        L link = byTokenHash.apply(SecureTokens.hash(token == null ? "" : token))
                .orElseThrow(() -> new InvalidLinkException(LinkProblem.UNKNOWN));
        LinkProblem problem = link.problemAt(now);
        if (problem != null) {
            throw new InvalidLinkException(problem);
        }
        return link;
    }
}
