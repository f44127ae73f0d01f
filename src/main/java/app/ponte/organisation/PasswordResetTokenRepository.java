package app.ponte.organisation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    @Query("select t from PasswordResetToken t join fetch t.account where t.tokenHash = :tokenHash")
    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** A new link makes the account's older, unused links worthless. */
    @Modifying
    @Query("update PasswordResetToken t set t.usedAt = :now where t.account.id = :accountId and t.usedAt is null")
    int useUpAll(long accountId, Instant now);
}
