package app.ponte.sla;

/**
 * The SLA clocks still running for a target, counted at one moment: {@code open} all of them, {@code paused} those
 * waiting for the requester, {@code atRiskOrBreached} the running ones past their at-risk instant (what the inbox's
 * "at risk" list holds, a breached clock being past its at-risk instant too), and of those {@code breached} the ones
 * past their due time.
 */
public record OpenClocks(long open, long paused, long atRiskOrBreached, long breached) {

    public static final OpenClocks NONE = new OpenClocks(0, 0, 0, 0);

    /** At risk and not breached yet. */
    public long atRiskOnly() {
        return atRiskOrBreached - breached;
    }

    /** Running and not at risk yet. */
    public long onTrack() {
        return open - paused - atRiskOrBreached;
    }
}
