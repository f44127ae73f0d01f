package app.ponte.roadmap;

import java.time.LocalDate;

/** How many promises with one first day told were delivered on one day: a row of the delivery record's count. */
record DeliveredDays(LocalDate deliveredOn, LocalDate firstPromisedOn, long promises) {
}
