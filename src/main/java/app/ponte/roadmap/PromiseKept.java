package app.ponte.roadmap;

import java.time.LocalDate;

/** A promise delivered: the milestone, the first day told, the delivery day; on time when not after the first. */
public record PromiseKept(String milestone, LocalDate firstPromisedOn, LocalDate deliveredOn) {

    public boolean onTime() {
        return !deliveredOn.isAfter(firstPromisedOn);
    }
}
