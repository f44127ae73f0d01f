package app.ponte.organisation;

import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.OrganisationScope;
import app.ponte.security.PonteUser;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** The signed-in person's own account, read again (it may have been changed since sign-in). */
    default Account of(PonteUser user) {
        long id = user.accountId();
        return findById(id).orElseThrow(() -> new NotFoundInScopeException("Account", id));
    }

    /** The account with this id; otherwise "not found", audited as {@code action}. */
    default Account require(OrganisationScope scope, String action, long id) {
        return findById(id).orElseThrow(() -> scope.notFound(action, "Account", id));
    }
}
