package app.ponte.organisation;

import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.OrganisationScope;
import app.ponte.security.PonteUser;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Records a successful sign-in without raising the account's version ({@link SignInStamp}). */
    @Modifying
    @Query("update Account a set a.lastSignedInAt = :at where a.id = :accountId")
    int stampSignIn(long accountId, Instant at);

    /** Active accounts that never signed in; V62's index (active, last_signed_in_at, created_at) answers it. */
    @Query("select count(a) from Account a where a.active = true and a.lastSignedInAt is null")
    long countNeverSignedIn();

    /** The same accounts, oldest first, without their organisations (see {@link DormantAccounts}). */
    @Query("""
            select new app.ponte.organisation.DormantAccount(a.id, a.displayName, a.email, a.createdAt)
            from Account a where a.active = true and a.lastSignedInAt is null
            order by a.createdAt, a.id
            """)
    Slice<DormantAccount> findNeverSignedIn(Pageable pageable);

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
