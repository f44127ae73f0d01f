package app.ponte.meeting;

import app.ponte.security.ClockTimeMeter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal calendar feed that calendar apps fetch without signing in: {@code GET /calendar/TOKEN.ics}. The
 * token is the secret, so it is never logged here, and the answer is not cached by anyone in between. An unknown
 * or revoked token is the same 404 as any other; each client address may try a limited number of times a minute.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");
    private static final int PER_MINUTE = 30;

    private final CalendarFeeds feeds;
    private final ClockTimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterAccess(Duration.ofMinutes(5)).build();

    CalendarFeedController(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.time = new ClockTimeMeter(clock);
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) {
        Bucket bucket = buckets.get(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(PER_MINUTE).refillGreedy(PER_MINUTE, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time).build());
        if (!bucket.tryConsume(1)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).cacheControl(CacheControl.noStore())
                    .header("Retry-After", "60").build();
        }
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", "inline; filename=\"ponte.ics\"").body(body))
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
    }
}
