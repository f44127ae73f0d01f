package app.ponte.request;

import org.jspecify.annotations.Nullable;

/**
 * The team's triage priority: proposed at filing for support requests ({@link #proposedFor}), changed by the team
 * when it triages. Support requests run their SLA clock at it (URGENT is P1, ..., LOW is P4).
 */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW;

    /**
     * What a request proposes at intake: a fault's severity maps one to one (critical: urgent, high: high,
     * medium: normal, low: low); a question, or a fault filed without a severity, is normal; product kinds
     * (ideas, changes, integrations) get none: they are ranked by planning, not run on an SLA clock.
     */
    public static @Nullable Priority proposedFor(RequestKind kind, @Nullable Severity severity) {
        if (kind != RequestKind.BUG && kind != RequestKind.INCIDENT && kind != RequestKind.QUESTION) {
            return null;
        }
        if (severity == null) {
            return NORMAL;
        }
        return switch (severity) {
            case CRITICAL -> URGENT;
            case HIGH -> HIGH;
            case MEDIUM -> NORMAL;
            case LOW -> LOW;
        };
    }

    public String labelKey() {
        return "request.priority." + name();
    }
}
