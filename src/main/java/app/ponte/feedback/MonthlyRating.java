package app.ponte.feedback;

import java.time.YearMonth;

/** Delivery ratings of one organisation in one month (its own month): how many, and their average (1–5). */
public record MonthlyRating(long organisationId, String organisationName, YearMonth month, long answers,
        double average) {
}
