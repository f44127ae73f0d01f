package app.ponte.sla;

import org.jspecify.annotations.Nullable;

/** An open clock a plan or calendar change marked to be computed again, with the change's cause and actor. */
interface MarkedClock {

    long getId();

    String getRecomputeCause();

    @Nullable
    Long getRecomputeActorId();

    default ClockChange.Cause cause() {
        return ClockChange.Cause.valueOf(getRecomputeCause());
    }
}
