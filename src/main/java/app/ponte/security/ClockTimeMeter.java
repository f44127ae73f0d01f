package app.ponte.security;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/** Lets tests move bucket4j's time with the application clock. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        var now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
