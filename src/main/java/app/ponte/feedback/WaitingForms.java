package app.ponte.feedback;

import java.util.List;

/** How many forms wait for the caller's answer, and the first of them (the soonest to expire first). */
public record WaitingForms(long count, List<WaitingForm> first) {

    public WaitingForms {
        first = List.copyOf(first);
    }
}
