package app.ponte.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Who is on call, from the rota and its overrides: an override covering an instant wins over the rota (the most
 * recently made one when several do), the rota's person of the week otherwise. Pure arithmetic, tested by itself.
 */
record OnCallSchedule(@Nullable RotaSchedule rota, List<Span> overrides) {

    /** How far ahead gaps are looked for. */
    static final Duration GAP_HORIZON = Duration.ofDays(28);

    /** An override: {@code personId} is on call from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
    record Span(long id, long personId, Instant startsAt, Instant endsAt) {

        boolean covers(Instant at) {
            return !startsAt.isAfter(at) && endsAt.isAfter(at);
        }
    }

    /** Who is on call at an instant (empty: nobody), until when, and whether through an override. */
    record Cover(Optional<Long> personId, Instant until, @Nullable Span override) {
    }

    /** A change of the person on call. */
    record HandOver(Instant at, Optional<Long> personId) {
    }

    /** A time ahead with nobody able to answer; {@code key} names it, so that admins are told of it once. */
    record Gap(GapKind kind, @Nullable Long personId, Instant from, Instant to, String key) {
    }

    OnCallSchedule {
        overrides = List.copyOf(overrides);
    }

    Cover at(Instant at) {
        Span override = overrides.stream().filter(span -> span.covers(at))
                .max(Comparator.comparingLong(Span::id)).orElse(null);
        Optional<Long> person = override != null ? Optional.of(override.personId())
                : rota == null ? Optional.empty() : rota.personAt(at);
        return new Cover(person, nextChangeAfter(at), override);
    }

    /** The next instants at which the person on call changes, up to {@code limit}, looking eight weeks ahead. */
    List<HandOver> handOvers(Instant from, int limit) {
        Instant horizon = from.plus(Duration.ofDays(56));
        List<HandOver> result = new ArrayList<>();
        Optional<Long> current = at(from).personId();
        Instant point = from;
        while (result.size() < limit) {
            point = nextChangeAfter(point);
            if (point.isAfter(horizon)) {
                break;
            }
            Optional<Long> next = at(point).personId();
            if (!next.equals(current)) {
                result.add(new HandOver(point, next));
                current = next;
            }
        }
        return result;
    }

    /** The gaps of the next four weeks; {@code onTeam} says whether a person can still be paged. */
    List<Gap> gaps(Instant from, LongPredicate onTeam) {
        Instant to = from.plus(GAP_HORIZON);
        List<Gap> gaps = new ArrayList<>();
        if (rota == null || rota.members().isEmpty()) {
            gaps.add(new Gap(GapKind.EMPTY_ROTA, null, from, to, "empty"));
        } else {
            Instant weekStart = rota.weekStart(from);
            while (weekStart.isBefore(to)) {
                Instant weekEnd = rota.nextHandOver(weekStart);
                long person = rota.personAt(weekStart).orElseThrow();
                if (!onTeam.test(person)) {
                    Instant start = weekStart.isBefore(from) ? from : weekStart;
                    Instant uncovered = firstUncovered(start, weekEnd, onTeam);
                    if (uncovered != null) {
                        gaps.add(new Gap(GapKind.ROTA_PERSON_GONE, person, uncovered, weekEnd,
                                "rota:" + person + ":" + weekStart));
                    }
                }
                weekStart = weekEnd;
            }
        }
        overrides.stream().filter(span -> span.endsAt().isAfter(from) && span.startsAt().isBefore(to))
                .filter(span -> !onTeam.test(span.personId()))
                .forEach(span -> gaps.add(new Gap(GapKind.OVERRIDE_PERSON_GONE, span.personId(),
                        span.startsAt().isBefore(from) ? from : span.startsAt(), span.endsAt(),
                        "override:" + span.id())));
        gaps.sort(Comparator.comparing(Gap::from));
        return gaps;
    }

    /** The first instant of [from, to) that no override of somebody on the team covers, or null. */
    private @Nullable Instant firstUncovered(Instant from, Instant to, LongPredicate onTeam) {
        List<Span> usable = overrides.stream().filter(span -> onTeam.test(span.personId()))
                .sorted(Comparator.comparing(Span::startsAt)).toList();
        Instant cursor = from;
        for (Span span : usable) {
            if (span.startsAt().isAfter(cursor)) {
                break;
            }
            if (span.endsAt().isAfter(cursor)) {
                cursor = span.endsAt();
            }
        }
        return cursor.isBefore(to) ? cursor : null;
    }

    /** The first instant after {@code at} at which the rota or an override may change who is on call. */
    private Instant nextChangeAfter(Instant at) {
        TreeSet<Instant> points = new TreeSet<>();
        if (rota != null && !rota.members().isEmpty()) {
            points.add(rota.nextHandOver(at));
        }
        for (Span span : overrides) {
            points.add(span.startsAt());
            points.add(span.endsAt());
        }
        Instant next = points.higher(at);
        return Objects.requireNonNullElse(next, at.plus(Duration.ofDays(3650)));
    }
}
