package app.ponte.request;

import app.ponte.base.TextRules;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a requester fills in on the guided form: a title and the problem, and the answers its kind asks for
 * ({@link RequestKind}): product answers, fault answers, integration answers; the others stay
 * {@code NONE}. The team names the organisation it files for; everybody else files for their active
 * organisation. Changes, integrations, bugs and incidents name the catalogue systems they touch (or, for a
 * system not in the catalogue, its name). {@link #check} says what each kind must explain and how long each
 * answer may be (the column sizes of V4).
 */
public record RequestDraft(RequestKind kind, @Nullable Long organisationId, String title, String problem,
        ProductAnswers product, FaultAnswers fault, IntegrationAnswers integration,
        @Nullable String affectedSystem, Set<Long> systemIds) {

    static final int TITLE_MAX = 200;
    static final int PROBLEM_MAX = 4000;
    static final int ANSWER_MAX = 1000;
    static final int SHORT_MAX = 200;

    public RequestDraft {
        product = product == null ? ProductAnswers.NONE : product;
        fault = fault == null ? FaultAnswers.NONE : fault;
        integration = integration == null ? IntegrationAnswers.NONE : integration;
        systemIds = systemIds == null ? Set.of() : Set.copyOf(systemIds);
    }

    /** A question or any other request with only a title and a text. */
    public static RequestDraft simple(RequestKind kind, String title, String problem) {
        return new RequestDraft(kind, null, title, problem, ProductAnswers.NONE, FaultAnswers.NONE,
                IntegrationAnswers.NONE, null, Set.of());
    }

    public static RequestDraft idea(String title, String problem, ProductAnswers answers) {
        return simple(RequestKind.IDEA, title, problem).with(answers);
    }

    public static RequestDraft change(String title, String problem, ProductAnswers answers) {
        return simple(RequestKind.CHANGE, title, problem).with(answers);
    }

    public static RequestDraft integration(String title, String problem, ProductAnswers answers,
            IntegrationAnswers integration) {
        return simple(RequestKind.INTEGRATION, title, problem).with(answers).with(integration);
    }

    public static RequestDraft bug(String title, String problem, FaultAnswers answers) {
        return simple(RequestKind.BUG, title, problem).with(answers);
    }

    public static RequestDraft incident(String title, String problem, FaultAnswers answers) {
        return simple(RequestKind.INCIDENT, title, problem).with(answers);
    }

    /** The same draft filed by the team for this organisation. */
    public RequestDraft forOrganisation(@Nullable Long organisation) {
        return new RequestDraft(kind, organisation, title, problem, product, fault, integration, affectedSystem,
                systemIds);
    }

    public RequestDraft with(ProductAnswers answers) {
        return new RequestDraft(kind, organisationId, title, problem, answers, fault, integration, affectedSystem,
                systemIds);
    }

    public RequestDraft with(FaultAnswers answers) {
        return new RequestDraft(kind, organisationId, title, problem, product, answers, integration, affectedSystem,
                systemIds);
    }

    public RequestDraft with(IntegrationAnswers answers) {
        return new RequestDraft(kind, organisationId, title, problem, product, fault, answers, affectedSystem,
                systemIds);
    }

    /** The same draft naming the system it is about by name (one not in the catalogue). */
    public RequestDraft onSystem(@Nullable String system) {
        return new RequestDraft(kind, organisationId, title, problem, product, fault, integration, system, systemIds);
    }

    /** The same draft naming the catalogue systems it touches. */
    public RequestDraft touching(Set<Long> systems) {
        return new RequestDraft(kind, organisationId, title, problem, product, fault, integration, affectedSystem,
                systems);
    }

    /**
     * The rules of the guided form: what the kind must explain and how long each answer may be. The first
     * broken rule is reported on its field; {@code today} is the requester's day.
     */
    void check(LocalDate today) {
        TextRules.required("title", title, TITLE_MAX);
        TextRules.required("problem", problem, PROBLEM_MAX);
        if (kind.asksDiscovery()) {
            product.check(today);
        }
        if (kind.asksAffectedSystem() && systemIds.isEmpty()) {
            TextRules.required("affectedSystem", affectedSystem, SHORT_MAX);
        }
        TextRules.optional("affectedSystem", affectedSystem, SHORT_MAX);
        if (kind.asksFault()) {
            fault.check(kind);
        }
        if (kind.asksIntegration()) {
            integration.check();
        }
    }
}
