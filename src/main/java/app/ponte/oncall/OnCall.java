package app.ponte.oncall;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.base.Versioned;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.AdminOnly;
import app.ponte.security.AnyMember;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import app.ponte.sla.SupportCover;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on call: now and at the next hand-overs, the gaps ahead, the rota and its overrides (admins edit, the
 * team reads), and for a client with 24/7 cover only whether somebody is on call and how fast they answer.
 */
@Service
@Transactional(readOnly = true)
public class OnCall {

    /** Who is on call now (null: nobody) and until when; {@code override} when an override put them there. */
    public record Now(@Nullable PersonOption person, Instant until, boolean override) {
    }

    /** From {@code at} on, {@code personName} is on call (null: nobody). */
    public record HandOverEntry(Instant at, @Nullable String personName) {
    }

    /** A time ahead without anybody able to answer. */
    public record GapWarning(GapKind kind, @Nullable String personName, Instant from, Instant to) {
    }

    /** The rota as the editor shows it; {@code version} is null while none was saved. */
    public record RotaSettings(List<PersonOption> members, DayOfWeek handOverDay, LocalTime handOverTime, ZoneId zone,
            LocalDate startsOn, @Nullable Long version) {
    }

    public record OverrideEntry(long id, long version, PersonOption person, Instant startsAt, Instant endsAt,
            String reason) {
    }

    /** An override as an admin types it. */
    public record OverrideDraft(@Nullable Long personId, @Nullable Instant startsAt, @Nullable Instant endsAt,
            @Nullable String reason) {
    }

    /** What a client with 24/7 cover is told: whether somebody is on call now, and within how many minutes. */
    public record ClientCover(boolean onCallNow, int answerWithinMinutes) {
    }

    private static final int DEFAULT_HAND_OVERS = 6;

    private final CoverReader cover;
    private final RotaRepository rotas;
    private final RotaOverrideRepository overrides;
    private final TeamDirectory team;
    private final OrganisationNames names;
    private final SupportCover supportCover;
    private final OrganisationScope scope;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OnCall(CoverReader cover, RotaRepository rotas, RotaOverrideRepository overrides, TeamDirectory team,
            OrganisationNames names, SupportCover supportCover, OrganisationScope scope, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.cover = cover;
        this.rotas = rotas;
        this.overrides = overrides;
        this.team = team;
        this.names = names;
        this.supportCover = supportCover;
        this.scope = scope;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @TeamOnly
    public Now now() {
        Instant now = clock.instant();
        OnCallSchedule schedule = cover.schedule(now);
        OnCallSchedule.Cover at = schedule.at(now);
        LongPredicate onTeam = cover.onTeam(at.personId().stream().toList());
        PersonOption person = at.personId().filter(onTeam::test).map(id -> people(List.of(id)).get(id)).orElse(null);
        return new Now(person, at.until(), at.override() != null);
    }

    /** The next changes of the person on call, eight weeks ahead at most. */
    @TeamOnly
    public List<HandOverEntry> handOvers() {
        OnCallSchedule schedule = cover.schedule(clock.instant());
        List<OnCallSchedule.HandOver> changes = schedule.handOvers(clock.instant(), DEFAULT_HAND_OVERS);
        Map<Long, PersonOption> people = people(changes.stream().flatMap(c -> c.personId().stream()).toList());
        return changes.stream().map(change -> new HandOverEntry(change.at(),
                change.personId().map(people::get).map(PersonOption::displayName).orElse(null))).toList();
    }

    /** The gaps of the next four weeks, before they happen. */
    @TeamOnly
    public List<GapWarning> gaps() {
        return warnings(clock.instant());
    }

    List<GapWarning> warnings(Instant now) {
        OnCallSchedule schedule = cover.schedule(now);
        List<OnCallSchedule.Gap> gaps = schedule.gaps(now, cover.onTeam(cover.peopleNamed(schedule)));
        Map<Long, PersonOption> people = people(gaps.stream().map(OnCallSchedule.Gap::personId)
                .filter(java.util.Objects::nonNull).toList());
        return gaps.stream().map(gap -> new GapWarning(gap.kind(), gap.personId() == null ? null
                : Optional.ofNullable(people.get(gap.personId())).map(PersonOption::displayName).orElse(null),
                gap.from(), gap.to())).toList();
    }

    @TeamOnly
    public RotaSettings rota() {
        return cover.rota().map(rota -> {
            RotaSchedule schedule = rota.schedule();
            Map<Long, PersonOption> people = people(schedule.members());
            return new RotaSettings(schedule.members().stream().map(people::get).filter(java.util.Objects::nonNull)
                    .toList(), schedule.handOverDay(), schedule.handOverTime(), schedule.zone(), schedule.startsOn(),
                    rota.getVersion());
        }).orElseGet(() -> {
            ZoneId zone = names.summaries(List.of(scope.activeOrganisation())).stream().findFirst()
                    .map(summary -> summary.timeZone()).orElse(ZoneId.of("UTC"));
            return new RotaSettings(List.of(), DayOfWeek.MONDAY, LocalTime.of(9, 0), zone,
                    LocalDate.ofInstant(clock.instant(), zone), null);
        });
    }

    /** Who may take turns or cover: the team's active people. */
    @TeamOnly
    public List<PersonOption> teamPeople() {
        return team.activeTeamPeople();
    }

    /** Saves the rota; refused when empty, when it names somebody not on the team, or when stale. */
    @AdminOnly
    @Transactional
    public void saveRota(RotaDraft draft, @Nullable Long expectedVersion) {
        if (draft.memberIds().isEmpty()) {
            throw new RejectedInputException("members", "oncall.rota.error.empty");
        }
        if (draft.handOverDay() == null) {
            throw new RejectedInputException("handOverDay", "oncall.rota.error.day-required");
        }
        if (draft.handOverTime() == null) {
            throw new RejectedInputException("handOverTime", "oncall.rota.error.time-required");
        }
        if (draft.zone() == null) {
            throw new RejectedInputException("zone", "oncall.rota.error.zone-required");
        }
        if (draft.startsOn() == null) {
            throw new RejectedInputException("startsOn", "oncall.rota.error.starts-required");
        }
        LongPredicate onTeam = cover.onTeam(draft.memberIds());
        draft.memberIds().stream().filter(id -> !onTeam.test(id)).findFirst().ifPresent(id -> {
            throw new RejectedInputException("members", "oncall.rota.error.not-team");
        });
        Optional<Rota> existing = cover.rota();
        Versioned.requireVersion(existing, expectedVersion);
        String before = existing.map(Rota::toString).orElse(null);
        Rota rota = existing.orElseGet(() -> new Rota(draft, clock.instant()));
        rota.change(draft, clock.instant());
        rota = rotas.saveAndFlush(rota);
        events.publishEvent(new AdministrativeChange("oncall.rota.save", "OnCallRota", rota.getId(), null, before,
                rota.toString()));
    }

    /** The overrides not over yet, by start. */
    @TeamOnly
    public List<OverrideEntry> overrides() {
        List<RotaOverride> current = cover.overridesFrom(clock.instant());
        Map<Long, PersonOption> people = people(current.stream().map(RotaOverride::getAccountId).toList());
        return current.stream().map(o -> new OverrideEntry(o.id(), o.getVersion(),
                people.getOrDefault(o.getAccountId(), new PersonOption(o.getAccountId(), "#" + o.getAccountId(), "")),
                o.getStartsAt(), o.getEndsAt(), o.getReason())).toList();
    }

    @AdminOnly
    @Transactional
    public long addOverride(OverrideDraft draft) {
        if (draft.personId() == null) {
            throw new RejectedInputException("person", "oncall.override.error.person-required");
        }
        if (!cover.onTeam(List.of(draft.personId())).test(draft.personId())) {
            throw new RejectedInputException("person", "oncall.override.error.not-team");
        }
        if (draft.startsAt() == null) {
            throw new RejectedInputException("startsAt", "oncall.override.error.start-required");
        }
        if (draft.endsAt() == null) {
            throw new RejectedInputException("endsAt", "oncall.override.error.end-required");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw new RejectedInputException("endsAt", "oncall.override.error.ends-before-start");
        }
        if (!draft.endsAt().isAfter(clock.instant())) {
            throw new RejectedInputException("endsAt", "oncall.override.error.past");
        }
        Reason reason = Reason.required("reason", draft.reason(), "oncall.override.error.reason-required");
        RotaOverride saved = overrides.saveAndFlush(new RotaOverride(draft.personId(), draft.startsAt(),
                draft.endsAt(), reason.text(), currentUser.require().accountId(), clock.instant()));
        events.publishEvent(new AdministrativeChange("oncall.override.add", "OnCallOverride", saved.getId(), null,
                null, saved.toString()));
        return saved.id();
    }

    @AdminOnly
    @Transactional
    public void removeOverride(long overrideId, long expectedVersion) {
        RotaOverride override = overrides.findById(overrideId)
                .orElseThrow(() -> scope.notFound("oncall.override.remove", "OnCallOverride", overrideId));
        override.requireVersion(expectedVersion);
        overrides.delete(override);
        overrides.flush();
        events.publishEvent(new AdministrativeChange("oncall.override.remove", "OnCallOverride", overrideId, null,
                override.toString(), null));
    }

    /**
     * For the caller's organisation, when its plan includes 24/7 cover: whether somebody is on call now and within
     * how many minutes they answer (the plan's P1 first response, else the policy's first step). Never a name.
     */
    @AnyMember
    public Optional<ClientCover> clientCover() {
        long organisationId = scope.activeOrganisation();
        if (!supportCover.aroundTheClock(organisationId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Long> person = cover.schedule(now).at(now).personId();
        boolean onCall = person.isPresent() && cover.onTeam(List.of(person.get())).test(person.get());
        int minutes = supportCover.urgentFirstResponseMinutes(organisationId)
                .orElseGet(() -> cover.steps().getFirst().ackMinutes());
        return Optional.of(new ClientCover(onCall, minutes));
    }

    private Map<Long, PersonOption> people(Collection<Long> accountIds) {
        return names.people(accountIds);
    }
}
