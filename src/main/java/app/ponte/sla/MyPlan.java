package app.ponte.sla;

import java.util.List;

/** What a client or department reads of its own plan: the name, the targets per priority, the 24/7 cover. */
public record MyPlan(String name, boolean onCallCover, List<PlanTarget> targets) {

    public MyPlan {
        targets = List.copyOf(targets);
    }
}
