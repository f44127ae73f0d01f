package app.ponte.planning;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.base.Versioned;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.Organisations;
import app.ponte.security.AdminOnly;
import app.ponte.security.CurrentUser;
import app.ponte.security.TeamOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the score is made of, tuned by admins: the factor weights (a change re-ranks everything, in the
 * background, with progress) and each organisation's weight with its reason (a change re-ranks that
 * organisation's requests at once).
 */
@Service
@Transactional(readOnly = true)
public class PlanningSettings {

    public static final BigDecimal LIGHTEST = new BigDecimal("0.5");
    public static final BigDecimal HEAVIEST = new BigDecimal("3.0");
    /** A recompute that has not finished after this long died with its node; another may start. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final ScoringWeightsRepository weights;
    private final OrganisationWeightRepository organisationWeights;
    private final ScoreRecomputeRepository recomputes;
    private final BacklogItemRepository items;
    private final ScoreRecalculation recalculation;
    private final FullRecompute fullRecompute;
    private final BacklogKeeper keeper;
    private final Organisations organisations;
    private final OrganisationNames names;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanningSettings(ScoringWeightsRepository weights, OrganisationWeightRepository organisationWeights,
            ScoreRecomputeRepository recomputes, BacklogItemRepository items, ScoreRecalculation recalculation,
            FullRecompute fullRecompute, BacklogKeeper keeper, Organisations organisations, OrganisationNames names,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.weights = weights;
        this.organisationWeights = organisationWeights;
        this.recomputes = recomputes;
        this.items = items;
        this.recalculation = recalculation;
        this.fullRecompute = fullRecompute;
        this.keeper = keeper;
        this.organisations = organisations;
        this.names = names;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @TeamOnly
    public Weights weights() {
        return theWeights().toWeights();
    }

    @TeamOnly
    public long weightsVersion() {
        return theWeights().getVersion();
    }

    /** Saves new factor weights and starts re-ranking everything; returns the recompute's id. */
    @AdminOnly
    @Transactional
    public long changeWeights(Weights changed, long expectedVersion) {
        ScoringWeights current = theWeights();
        current.requireVersion(expectedVersion);
        check(changed);
        if (running().isPresent()) {
            throw new RejectedInputException("weights", "planning.error.recompute-running");
        }
        long me = currentUser.require().accountId();
        String before = current.toWeights().readable();
        current.change(changed, me, clock.instant());
        weights.flush();
        events.publishEvent(new AdministrativeChange("planning.weights", "ScoringWeights", ScoringWeights.THE_ONLY_ROW,
                null, before, changed.readable()));
        ScoreRecompute recompute = recomputes.saveAndFlush(new ScoreRecompute(items.count(), me, clock.instant()));
        long id = recompute.getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                fullRecompute.start(id, false);
            }
        });
        return id;
    }

    /** The latest recompute, running or finished; empty when none ran yet. */
    @TeamOnly
    public Optional<RecomputeProgress> latestRecompute() {
        return recomputes.findFirstByOrderByIdDesc().map(ScoreRecompute::toProgress);
    }

    /**
     * The weights admins set, by organisation name. One per organisation at most, so a page is cut from all of
     * them after naming them in one read.
     */
    @TeamOnly
    public Slice<OrganisationWeightEntry> organisationWeights(Pageable pageable) {
        List<OrganisationWeight> all = organisationWeights.findAll();
        Map<Long, String> organisations = names.names(all.stream().map(OrganisationWeight::getOrganisationId)
                .collect(Collectors.toSet()));
        List<OrganisationWeightEntry> byName = all.stream()
                .map(w -> w.toEntry(organisations.getOrDefault(w.getOrganisationId(), "")))
                .sorted(Comparator.comparing(OrganisationWeightEntry::organisationName,
                        String.CASE_INSENSITIVE_ORDER).thenComparing(OrganisationWeightEntry::organisationId))
                .toList();
        int from = (int) Math.min(pageable.getOffset(), byName.size());
        int to = Math.min(from + pageable.getPageSize(), byName.size());
        return new SliceImpl<>(byName.subList(from, to), pageable, to < byName.size());
    }

    /** An organisation's weight, if an admin set one. */
    @TeamOnly
    public Optional<OrganisationWeightEntry> organisationWeight(long organisationId) {
        return organisationWeights.findByOrganisationId(organisationId)
                .map(w -> w.toEntry(names.names(List.of(organisationId)).getOrDefault(organisationId, "")));
    }

    /**
     * Sets how much an organisation's requests count and why, and re-ranks them. {@code expectedVersion} is
     * the version of the weight the admin saw, null when the organisation had none.
     */
    @AdminOnly
    @Transactional
    public void weighOrganisation(long organisationId, @Nullable BigDecimal weight, @Nullable String reason,
            @Nullable Long expectedVersion) {
        organisations.summary(organisationId);
        var existing = organisationWeights.findByOrganisationId(organisationId);
        Versioned.requireVersion(existing, expectedVersion);
        if (weight == null || weight.compareTo(LIGHTEST) < 0 || weight.compareTo(HEAVIEST) > 0
                || weight.stripTrailingZeros().scale() > 1) {
            throw new RejectedInputException("weight", "planning.error.organisation-weight", LIGHTEST, HEAVIEST);
        }
        Reason why = Reason.required(reason, "planning.error.weight-reason");
        OrganisationWeight entry = existing.orElseGet(() -> new OrganisationWeight(organisationId));
        String before = existing.map(OrganisationWeight::readable).orElse(null);
        entry.set(weight, why, clock.instant());
        organisationWeights.saveAndFlush(entry);
        events.publishEvent(new AdministrativeChange("planning.organisation-weight", "Organisation", organisationId,
                organisationId, before, entry.readable()));
        recalculation.organisation(organisationId, weight);
        keeper.replanAll();
    }

    private Optional<ScoreRecompute> running() {
        return recomputes.findFirstByOrderByIdDesc().filter(r -> r.getFinishedAt() == null
                && r.getStartedAt().plus(ABANDONED_AFTER).isAfter(clock.instant()));
    }

    static void check(Weights weights) {
        int[] each = {weights.reach(), weights.impact(), weights.urgency(), weights.confidence(), weights.effort()};
        String[] fields = {"reach", "impact", "urgency", "confidence", "effort"};
        for (int i = 0; i < each.length; i++) {
            if (each[i] < Weights.MIN || each[i] > Weights.MAX) {
                throw new RejectedInputException(fields[i], "planning.error.weight-bounds", Weights.MIN, Weights.MAX);
            }
        }
        if (weights.sum() == 0) {
            throw new RejectedInputException("reach", "planning.error.weights-all-zero");
        }
    }

    private ScoringWeights theWeights() {
        return weights.findById(ScoringWeights.THE_ONLY_ROW).orElseThrow();
    }
}
