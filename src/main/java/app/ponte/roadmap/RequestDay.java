package app.ponte.roadmap;

import java.time.LocalDate;

/** The day committed for an open milestone delivering a request, read without the entities. */
record RequestDay(long requestId, LocalDate committedOn) {
}
