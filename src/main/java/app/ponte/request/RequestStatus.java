package app.ponte.request;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. Only the team moves a request along; requesters can withdraw their own
 * request while it is open and re-open a delivered one for a while (see {@link RequestWorkflow}).
 */
public enum RequestStatus {
    NEW, TRIAGED, PLANNED, IN_PROGRESS, WAITING_FOR_REQUESTER, DELIVERED, CLOSED, DECLINED, DUPLICATE, WITHDRAWN;

    private static final Set<RequestStatus> FINISHED = EnumSet.of(CLOSED, DECLINED, DUPLICATE, WITHDRAWN);

    /** The statuses {@link #isOpen()} calls open: what "open only" lists show. */
    public static final Set<RequestStatus> OPEN =
            Collections.unmodifiableSet(EnumSet.of(NEW, TRIAGED, PLANNED, IN_PROGRESS, WAITING_FOR_REQUESTER));

    /** Statuses the team may move a request to from this one. */
    public Set<RequestStatus> teamMoves() {
        return switch (this) {
            case NEW -> EnumSet.of(TRIAGED, WAITING_FOR_REQUESTER, DECLINED, DUPLICATE);
            case TRIAGED -> EnumSet.of(PLANNED, IN_PROGRESS, WAITING_FOR_REQUESTER, DECLINED, DUPLICATE);
            case PLANNED -> EnumSet.of(TRIAGED, IN_PROGRESS, WAITING_FOR_REQUESTER, DECLINED);
            case IN_PROGRESS -> EnumSet.of(PLANNED, WAITING_FOR_REQUESTER, DELIVERED);
            case WAITING_FOR_REQUESTER -> EnumSet.of(TRIAGED, PLANNED, IN_PROGRESS, DECLINED, CLOSED);
            case DELIVERED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case DECLINED -> EnumSet.of(TRIAGED);
            case CLOSED, DUPLICATE, WITHDRAWN -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /**
     * The word for this status as the team, a supporting organisation and every export say it ("Waiting for
     * requester"). The requester's own organisation reads {@link #requesterLabelKey()}.
     */
    public String labelKey() {
        return "request.status." + name();
    }

    /**
     * The word for this status as the requester's own organisation reads it: the one status that waits on them says
     * so ("Waiting for you"); every other status reads as everybody reads it.
     */
    public String requesterLabelKey() {
        return this == WAITING_FOR_REQUESTER ? "request.status.for-requester." + name() : labelKey();
    }

    /** The word for this status for a reader on the requester's side, or on any other side. */
    public String labelKey(boolean requesterSide) {
        return requesterSide ? requesterLabelKey() : labelKey();
    }
}
