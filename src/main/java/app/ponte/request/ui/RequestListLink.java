package app.ponte.request.ui;

import app.ponte.request.AgeBucket;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A request list opened with its filters set, from its address: {@code requests?status=NEW&kind=BUG&own=true} and
 * {@code inbox?status=..&kind=..&organisation=<id>&unassigned=true&older-than=<days>&newer-than=<days>
 * &at-risk=true&filed-since=<yyyy-mm-dd>}. Written and read here only, so that the dashboard's links and the
 * lists agree. A value the list cannot use (an unknown status, a word for a number) is left out, never an error
 * page; which parameters a list honours is the list's business (a requester's list ignores an organisation).
 */
record RequestListLink(@Nullable RequestStatus status, @Nullable RequestKind kind, @Nullable Long organisationId,
        boolean unassigned, @Nullable Integer olderThanDays, @Nullable Integer newerThanDays, boolean atRisk,
        @Nullable LocalDate filedSince, boolean own) {

    static final String OURS = "requests";
    static final String INBOX = "inbox";

    static final RequestListLink NONE = new RequestListLink(null, null, null, false, null, null, false, null, false);

    /** "Our requests", the organisation's own ones, in a status and of a kind (either may be null for any). */
    static String ours(@Nullable RequestStatus status, @Nullable RequestKind kind) {
        return OURS + NONE.withStatusAndKind(status, kind).withOwn().query();
    }

    /** The inbox's open requests of one age bucket. */
    static String inbox(AgeBucket bucket) {
        return INBOX + new RequestListLink(null, null, null, false, bucket.olderThanDays(), bucket.newerThanDays(),
                false, null, false).query();
    }

    /** The inbox as this link filters it. */
    String toInbox() {
        return INBOX + query();
    }

    RequestListLink withStatusAndKind(@Nullable RequestStatus newStatus, @Nullable RequestKind newKind) {
        return new RequestListLink(newStatus, newKind, organisationId, unassigned, olderThanDays, newerThanDays, atRisk,
                filedSince, own);
    }

    RequestListLink withOrganisation(long id) {
        return new RequestListLink(status, kind, id, unassigned, olderThanDays, newerThanDays, atRisk, filedSince,
                own);
    }

    RequestListLink withUnassigned() {
        return new RequestListLink(status, kind, organisationId, true, olderThanDays, newerThanDays, atRisk,
                filedSince, own);
    }

    RequestListLink withFiledSince(LocalDate day) {
        return new RequestListLink(status, kind, organisationId, unassigned, olderThanDays, newerThanDays, atRisk, day,
                own);
    }

    private RequestListLink withOwn() {
        return new RequestListLink(status, kind, organisationId, unassigned, olderThanDays, newerThanDays, atRisk,
                filedSince, true);
    }

    /** True when the address set no filter: the list keeps its own defaults. */
    boolean isEmpty() {
        return equals(NONE);
    }

    static RequestListLink of(QueryParameters query) {
        Map<String, String> values = new LinkedHashMap<>();
        query.getParameters().forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.getFirst().strip());
            }
        });
        return new RequestListLink(read(values, "status", v -> RequestStatus.valueOf(v.toUpperCase(Locale.ROOT))),
                read(values, "kind", v -> RequestKind.valueOf(v.toUpperCase(Locale.ROOT))),
                read(values, "organisation", v -> positive(Long.parseLong(v))),
                "true".equalsIgnoreCase(values.get("unassigned")),
                read(values, "older-than", v -> positive(Integer.parseInt(v))),
                read(values, "newer-than", v -> positive(Integer.parseInt(v))),
                "true".equalsIgnoreCase(values.get("at-risk")),
                read(values, "filed-since", LocalDate::parse),
                "true".equalsIgnoreCase(values.get("own")));
    }

    private static <T> @Nullable T read(Map<String, String> values, String name, Function<String, T> parse) {
        return Optional.ofNullable(values.get(name)).map(value -> {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return null; // a hand-edited address: the list opens without this filter
            }
        }).orElse(null);
    }

    private static <N extends Number> N positive(N number) {
        if (number.longValue() < 1) {
            throw new IllegalArgumentException("not a positive number: " + number);
        }
        return number;
    }

    /** "?a=1&b=2" with the filters set, or nothing. */
    private String query() {
        var parameters = new LinkedHashMap<String, String>();
        if (status != null) {
            parameters.put("status", status.name());
        }
        if (kind != null) {
            parameters.put("kind", kind.name());
        }
        if (organisationId != null) {
            parameters.put("organisation", organisationId.toString());
        }
        if (unassigned) {
            parameters.put("unassigned", "true");
        }
        if (olderThanDays != null) {
            parameters.put("older-than", olderThanDays.toString());
        }
        if (newerThanDays != null) {
            parameters.put("newer-than", newerThanDays.toString());
        }
        if (atRisk) {
            parameters.put("at-risk", "true");
        }
        if (filedSince != null) {
            parameters.put("filed-since", filedSince.toString());
        }
        if (own) {
            parameters.put("own", "true");
        }
        String query = QueryParameters.simple(parameters).getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }
}
