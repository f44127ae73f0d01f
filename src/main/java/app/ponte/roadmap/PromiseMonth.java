package app.ponte.roadmap;

import java.time.YearMonth;

/**
 * The promises whose first day told fell in a month: kept on time (delivered by that day) and late (the day passed
 * without that: delivered later, broken, or still open). Promises still ahead of their first day are in neither.
 */
public record PromiseMonth(YearMonth month, long onTime, long late) {
}
