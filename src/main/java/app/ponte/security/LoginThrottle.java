package app.ponte.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Token buckets of failed sign-ins, one per account name and one per client address. A failure takes
 * a token; when a bucket is empty, sign-in for that key waits until a token comes back. The first
 * limit refills steadily (slow down), the second only after {@code blockFor} (temporary block).
 * Unknown account names get buckets too, so the answer never reveals whether an account exists.
 */
@Component
public class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final TimeMeter timeMeter;
    private final Cache<String, Bucket> buckets;

    public LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.timeMeter = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterAccess(properties.blockFor().plus(properties.accountSlowDown()))
                .build();
    }

    /** How long the caller must wait before trying again; zero when a try is allowed now. */
    public Duration waitBeforeNextTry(String username, String address) {
        return Stream.of(accountBucket(username), addressBucket(address))
                .map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    public void recordFailure(String username, String address) {
        accountBucket(username).tryConsume(1);
        addressBucket(address).tryConsume(1);
    }

    /** A correct password clears the account's record; the address keeps its history. */
    public void recordSuccess(String username) {
        buckets.invalidate(accountKey(username));
    }

    private Bucket accountBucket(String username) {
        return buckets.get(accountKey(username), key -> bucket(
                properties.accountFreeFailures(), properties.accountSlowDown(), properties.accountBlockAfter()));
    }

    private Bucket addressBucket(String address) {
        return buckets.get("address:" + address, key -> bucket(
                properties.addressFreeFailures(), properties.addressSlowDown(), properties.addressBlockAfter()));
    }

    private static String accountKey(String username) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private Bucket bucket(int freeFailures, Duration slowDown, int blockAfter) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(freeFailures).refillGreedy(freeFailures, slowDown))
                .addLimit(limit -> limit.capacity(blockAfter).refillIntervally(blockAfter, properties.blockFor()))
                .withCustomTimePrecision(timeMeter)
                .build();
    }
}
