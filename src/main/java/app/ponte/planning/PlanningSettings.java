package app.ponte.planning;

import app.ponte.base.RejectedInputException;
import app.ponte.base.Versioned;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import app.ponte.organisation.Organisations;
import app.ponte.security.AdminOnly;
import app.ponte.security.CurrentUser;
import app.ponte.security.TeamOnly;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
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
    static final int REASON_MAX = 300;
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
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;

    PlanningSettings(ScoringWeightsRepository weights, OrganisationWeightRepository organisationWeights,
            ScoreRecomputeRepository recomputes, BacklogItemRepository items, ScoreRecalculation recalculation,
            FullRecompute fullRecompute, BacklogKeeper keeper, Organisations organisations, CurrentUser currentUser,
            EntityManager entityManager, Clock clock) {
        this.weights = weights;
        this.organisationWeights = organisationWeights;
        this.recomputes = recomputes;
        this.items = items;
        this.recalculation = recalculation;
        this.fullRecompute = fullRecompute;
        this.keeper = keeper;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
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
        Account me = entityManager.getReference(Account.class, currentUser.require().accountId());
        current.change(changed, me, clock.instant());
        weights.flush();
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

    @TeamOnly
    public Slice<OrganisationWeightEntry> organisationWeights(Pageable pageable) {
        return organisationWeights.findAllByName(pageable).map(OrganisationWeight::toEntry);
    }

    /** An organisation's weight, if an admin set one. */
    @TeamOnly
    public Optional<OrganisationWeightEntry> organisationWeight(long organisationId) {
        return organisationWeights.findByOrganisationId(organisationId).map(OrganisationWeight::toEntry);
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
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new RejectedInputException("reason", "planning.error.weight-reason", REASON_MAX);
        }
        OrganisationWeight entry = existing.orElseGet(() -> new OrganisationWeight(
                entityManager.getReference(Organisation.class, organisationId)));
        entry.set(weight, why, clock.instant());
        organisationWeights.saveAndFlush(entry);
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
