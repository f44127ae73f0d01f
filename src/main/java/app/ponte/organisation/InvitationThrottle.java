package app.ponte.organisation;

import app.ponte.base.RejectedInputException;
import app.ponte.security.ClockTimeMeter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Token buckets of sent invitations, one per inviting account and one per organisation, so that nobody
 * can mail-bomb addresses or probe them in bulk through Ponte. Counted on this node (like sign-in).
 */
@Component
@EnableConfigurationProperties(InvitationThrottleProperties.class)
class InvitationThrottle {

    private final InvitationThrottleProperties properties;
    private final TimeMeter timeMeter;
    private final Cache<String, Bucket> buckets;

    InvitationThrottle(InvitationThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.timeMeter = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(properties.per())
                .build();
    }

    /**
     * Takes one invitation from both allowances, or takes nothing and refuses (on the address field) with
     * the minutes to wait.
     */
    void take(long inviterAccountId, long organisationId) {
        Bucket inviter = bucket("inviter:" + inviterAccountId, properties.perInviter());
        Bucket organisation = bucket("organisation:" + organisationId, properties.perOrganisation());
        if (!inviter.tryConsume(1)) {
            throw refusal(inviter);
        }
        if (!organisation.tryConsume(1)) {
            inviter.addTokens(1);
            throw refusal(organisation);
        }
    }

    private Bucket bucket(String key, int perPeriod) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, properties.per()))
                .withCustomTimePrecision(timeMeter)
                .build());
    }

    private static RejectedInputException refusal(Bucket empty) {
        Duration wait = Duration.ofNanos(empty.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        return new RejectedInputException("email", "invite.error.too-many", minutesToWait(wait));
    }

    /** A wait as the whole minutes a message names: rounded up, at least one. */
    static long minutesToWait(Duration wait) {
        return Math.max(1, wait.plusSeconds(59).toMinutes());
    }
}
