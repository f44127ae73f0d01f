package app.ponte.roadmap;

import java.time.Instant;
import java.time.LocalDate;

/** A date promised to an organisation: the milestone, the day told, and when it was told. */
public record PromiseMade(String milestone, LocalDate promisedOn, Instant madeAt) {
}
