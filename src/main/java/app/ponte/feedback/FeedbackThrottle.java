package app.ponte.feedback;

import app.ponte.security.ClockTimeMeter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public feedback page, counted on this node like sign-in: each
 * opening and each answer takes one, so nobody can try tokens in bulk. 256 random bits cannot be guessed anyway;
 * the bucket keeps the page from being a cheap target.
 */
@Component
class FeedbackThrottle {

    private final int perWindow;
    private final Duration window;
    private final TimeMeter timeMeter;
    private final Cache<String, Bucket> buckets;

    FeedbackThrottle(@Value("${ponte.feedback.tries-per-address:30}") int perWindow,
            @Value("${ponte.feedback.tries-window:10m}") Duration window, Clock clock) {
        this.perWindow = perWindow;
        this.window = window;
        this.timeMeter = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
    }

    /** Takes one try for the address, or refuses. */
    void take(String clientAddress) {
        Bucket bucket = buckets.get(clientAddress, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perWindow).refillGreedy(perWindow, window))
                .withCustomTimePrecision(timeMeter)
                .build());
        if (!bucket.tryConsume(1)) {
            throw new FeedbackLinkException(FeedbackProblem.TOO_MANY, null);
        }
    }
}
