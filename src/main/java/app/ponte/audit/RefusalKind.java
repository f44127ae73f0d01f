package app.ponte.audit;

import java.util.Locale;

/**
 * The kinds of refusal the administrators' dashboard counts per day, each a disjoint part of the refused entries of
 * the trail: access refused (an id outside the caller's scope, a denied method), a failed sign-in (wrong e-mail or
 * password, an account that cannot enter), a throttled sign-in. The audit view filters by the same rule.
 */
public enum RefusalKind {
    ACCESS, FAILED_SIGN_IN, THROTTLED_SIGN_IN;

    /** The word the audit view's address uses: {@code audit?day=2026-12-01&refusal=failed-sign-in}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<RefusalKind> ofParameter(String parameter) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.parameter().equals(parameter)).findFirst();
    }

    public String labelKey() {
        return "dashboard.admin.refusals." + parameter();
    }
}
