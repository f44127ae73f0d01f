package app.ponte.sla;

import app.ponte.security.InternalToServices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For services only: a clock computed again from its stored history. (People read a request's clock through
 * {@link SlaClockReports}.)
 */
@Service
@Transactional(readOnly = true)
public class SlaClocks {

    private final ClockRestart restart;

    SlaClocks(ClockRestart restart) {
        this.restart = restart;
    }

    /**
     * Computes a request's clock again from its own stored facts (start, pauses, met instants), rewriting its history
     * rows from them and recording a target met late as a breach: for history written outside the engine (the demo's
     * back-dated stories, an import). No role check: only other services, inside their own checked work, call it.
     *
     * @return whether the request has a clock on a plan that was computed again
     */
    @InternalToServices
    @Transactional
    public boolean restartFromHistory(long requestId) {
        return restart.restart(requestId);
    }
}
