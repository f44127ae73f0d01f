package app.ponte.oncall;

import java.util.List;

/**
 * One step of the escalation policy: whom it pages and how many minutes it waits for an acknowledgement before
 * the next step is paged. {@code accountIds} are the people of a {@link StepKind#PEOPLE} step (empty otherwise).
 */
public record EscalationStep(StepKind kind, int ackMinutes, List<Long> accountIds) {

    public static final int DEFAULT_MINUTES = 15;

    public EscalationStep {
        accountIds = kind == StepKind.PEOPLE ? List.copyOf(accountIds) : List.of();
    }
}
