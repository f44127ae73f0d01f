package app.ponte.roadmap;

import java.time.LocalDate;

/** What the team delivered in a Monday week: milestones, and the requests they delivered. */
public record DeliveredWeek(LocalDate monday, long milestones, long requests) {
}
