package app.ponte.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, and counts password-reset requests apart from it.
 *
 * <p>Per account name, the first failures cost nothing; from then on every failure doubles the wait before
 * the next try (one second, two, four… never more than {@code accountMaxDelay}), counted from the last
 * failure. A success clears the record, and a day without failures forgets it: the wait grows, but an
 * account is never locked for good. Per client address, a token bucket slows down and then briefly blocks
 * an address that fails across many accounts. Unknown account names are counted too, so the answer never
 * reveals whether an account exists.
 *
 * <p>Reset requests have buckets of their own (per e-mail address and per client address), so that asking
 * for links neither costs sign-in tries nor is stopped by them.
 */
@Component
public class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final TimeMeter timeMeter;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Bucket> buckets;

    public LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.timeMeter = new ClockTimeMeter(clock);
        this.accounts = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterWrite(properties.accountForgetAfter().plus(properties.accountMaxDelay()))
                .build();
        Duration addressMemory = properties.addressBlockFor().plus(properties.addressSlowDown());
        this.buckets = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterAccess(addressMemory.compareTo(properties.resetWindow()) > 0
                        ? addressMemory : properties.resetWindow())
                .build();
    }

    /** How long the caller must wait before trying again; zero when a try is allowed now. */
    public Duration waitBeforeNextTry(String username, String address) {
        Duration accountWait = accountWait(accounts.getIfPresent(accountKey(username)), clock.instant());
        Duration addressWait = addressWait(address);
        return accountWait.compareTo(addressWait) > 0 ? accountWait : addressWait;
    }

    /** A wrong password (or one that cannot enter) for this account name from this address. */
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        accounts.asMap().compute(accountKey(username), (key, failures) -> failed(failures, now));
        addressBucket(address).tryConsume(1);
    }

    /** A correct password clears the account's record; the address keeps its history. */
    public void recordSuccess(String username) {
        accounts.invalidate(accountKey(username));
    }

    /**
     * Asks for a sign-in try and, when it may go ahead, counts it as a failure at once, before the password
     * is checked: tries sent at the same moment cannot all slip through one allowed try.
     *
     * @return zero when the try may go ahead (call {@link #claimSucceeded} if its password was right),
     *         otherwise how long to wait
     */
    public Duration claimTry(String username, String address) {
        Duration addressWait = addressWait(address);
        if (!addressWait.isZero()) {
            return addressWait;
        }
        Instant now = clock.instant();
        var refused = new AtomicReference<Duration>(Duration.ZERO);
        accounts.asMap().compute(accountKey(username), (key, failures) -> {
            Duration wait = accountWait(failures, now);
            if (!wait.isZero()) {
                refused.set(wait);
                return failures;
            }
            return failed(failures, now);
        });
        if (refused.get().isZero()) {
            addressBucket(address).tryConsume(1);
        }
        return refused.get();
    }

    /** The try claimed with {@link #claimTry} had the right password: nothing of it counts. */
    public void claimSucceeded(String username, String address) {
        recordSuccess(username);
        addressBucket(address).addTokens(1);
    }

    /**
     * Counts a request for a password-reset link; false when this e-mail address or this client address
     * has asked too often lately (the request is then to be dropped without saying so).
     */
    public boolean tryResetRequest(String email, String address) {
        Bucket perAccount = resetBucket("reset-" + accountKey(email), properties.resetsPerAccount());
        Bucket perAddress = resetBucket("reset-address:" + address, properties.resetsPerAddress());
        if (perAccount.estimateAbilityToConsume(1).canBeConsumed() && perAddress.tryConsume(1)) {
            return perAccount.tryConsume(1);
        }
        return false;
    }

    private Duration accountWait(Failures failures, Instant now) {
        if (failures == null || forgotten(failures, now) || failures.count() < properties.accountFreeFailures()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - properties.accountFreeFailures(), 30);
        Duration delay = properties.accountFirstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(properties.accountMaxDelay()) > 0) {
            delay = properties.accountMaxDelay();
        }
        Duration left = Duration.between(now, failures.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Failures failed(Failures failures, Instant now) {
        if (failures == null || forgotten(failures, now)) {
            return new Failures(1, now);
        }
        return new Failures(failures.count() + 1, now);
    }

    private boolean forgotten(Failures failures, Instant now) {
        return failures.last().plus(properties.accountForgetAfter()).isBefore(now);
    }

    private Duration addressWait(String address) {
        return Duration.ofNanos(addressBucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket addressBucket(String address) {
        return buckets.get("address:" + address, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.addressFreeFailures())
                        .refillGreedy(properties.addressFreeFailures(), properties.addressSlowDown()))
                .addLimit(limit -> limit.capacity(properties.addressBlockAfter())
                        .refillIntervally(properties.addressBlockAfter(), properties.addressBlockFor()))
                .withCustomTimePrecision(timeMeter)
                .build());
    }

    private Bucket resetBucket(String key, int perWindow) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perWindow).refillGreedy(perWindow, properties.resetWindow()))
                .withCustomTimePrecision(timeMeter)
                .build());
    }

    private static String accountKey(String username) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT);
    }

    /** An account name's failures since its last success, and when the last one happened. */
    private record Failures(int count, Instant last) {
    }
}
