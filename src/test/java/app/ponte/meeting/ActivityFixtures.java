package app.ponte.meeting;

import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import app.ponte.security.SystemAuthentication;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Hand-built activity of a throw-away organisation, written row by row with the instants a test chooses (the
 * services would stamp the clock's): requests and their status history, roadmap promises and their changes,
 * planning conflicts, feedback answers, systems and freeze windows. Used by the agenda and report tests.
 */
public final class ActivityFixtures {

    private final JdbcTemplate jdbc;
    private final Organisations organisations;
    private final long actor;

    public ActivityFixtures(JdbcTemplate jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.actor = jdbc.queryForObject("select id from accounts where email = 'lead@ponte.test'", Long.class);
    }

    public long organisation(String prefix, ZoneId zone) {
        String name = prefix + " " + UUID.randomUUID();
        return SystemAuthentication.runAsAdmin(() -> organisations.create(OrganisationKind.CLIENT, name, zone, "en")
                .id());
    }

    public String name(long organisationId) {
        return jdbc.queryForObject("select name from organisations where id = ?", String.class, organisationId);
    }

    /** A request filed at {@code filed}, now in {@code status} (its history written by {@link #moved}). */
    public long request(long organisationId, String title, String kind, String status, Instant filed) {
        return insert("""
                insert into requests (version, organisation_id, requester_id, filed_by_id, kind, status, title,
                    search_title, problem, created_at, updated_at, status_changed_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, 'Written by a test.', ?, ?, ?)
                """, organisationId, actor, actor, kind, status, title, title.toLowerCase(), ts(filed), ts(filed),
                ts(filed));
    }

    public void moved(long requestId, @Nullable String from, String to, Instant at) {
        jdbc.update("""
                insert into request_status_changes (request_id, actor_id, from_status, to_status, note, changed_at)
                values (?, ?, ?, ?, null, ?)
                """, requestId, actor, from, to, ts(at));
        jdbc.update("update requests set status = ?, status_changed_at = ? where id = ?", to, ts(at), requestId);
    }

    public void internalNote(long requestId, String body, Instant at) {
        jdbc.update("""
                insert into request_comments (request_id, author_id, body, internal, created_at)
                values (?, ?, ?, true, ?)
                """, requestId, actor, body, ts(at));
    }

    public long milestone(String title, String status, @Nullable LocalDate committed, @Nullable LocalDate delivered) {
        long initiative = insert("""
                insert into initiatives (version, title, status, public_item, confidence, ends_on, created_at,
                    updated_at)
                values (0, ?, 'IN_PROGRESS', false, 'MEDIUM', ?, ?, ?)
                """, "Initiative of " + title, LocalDate.of(2030, 1, 1), ts(Instant.EPOCH), ts(Instant.EPOCH));
        return insert("""
                insert into milestones (version, initiative_id, title, delivers, status, committed_on, delivered_on,
                    created_at, updated_at)
                values (0, ?, ?, 'What a test delivers.', ?, ?, ?, ?, ?)
                """, initiative, title, status, committed, delivered, ts(Instant.EPOCH), ts(Instant.EPOCH));
    }

    public void links(long milestoneId, long requestId, long organisationId) {
        jdbc.update("insert into milestone_requests (milestone_id, request_id, organisation_id) values (?, ?, ?)",
                milestoneId, requestId, organisationId);
    }

    public long promise(long milestoneId, long organisationId, LocalDate first, LocalDate current, Instant made,
            @Nullable LocalDate delivered) {
        return insert("""
                insert into promises (version, milestone_id, organisation_id, first_promised_on, promised_on, made_at,
                    made_by_id, delivered_on)
                values (0, ?, ?, ?, ?, ?, ?, ?)
                """, milestoneId, organisationId, first, current, ts(made), actor, delivered);
    }

    public void promiseMoved(long promiseId, LocalDate from, LocalDate to, String reason, Instant at) {
        jdbc.update("""
                insert into promise_changes (version, promise_id, old_date, new_date, reason, changed_by_id, changed_at,
                    told)
                values (0, ?, ?, ?, ?, ?, ?, true)
                """, promiseId, from, to, reason, actor, ts(at));
    }

    public void promiseWithdrawn(long promiseId, LocalDate on, String reason) {
        jdbc.update("update promises set withdrawn_on = ?, withdraw_reason = ? where id = ?", on, reason, promiseId);
    }

    public long system(String name) {
        return insert("""
                insert into systems (version, name, owner_id, criticality, availability_target, created_at, updated_at)
                values (0, ?, ?, 'HIGH', 99.5, ?, ?)
                """, name + " " + UUID.randomUUID().toString().substring(0, 8), actor, ts(Instant.EPOCH),
                ts(Instant.EPOCH));
    }

    public String systemName(long systemId) {
        return jdbc.queryForObject("select name from systems where id = ?", String.class, systemId);
    }

    public void dependsOn(long organisationId, long systemId) {
        jdbc.update("insert into system_dependents (system_id, organisation_id) values (?, ?)", systemId,
                organisationId);
    }

    public long freeze(long systemId, long organisationId, LocalDate starts, LocalDate ends, String reason) {
        return insert("""
                insert into freeze_windows (version, system_id, organisation_id, starts_on, ends_on, reason,
                    created_by_id, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?)
                """, systemId, organisationId, starts, ends, reason, actor, ts(Instant.EPOCH), ts(Instant.EPOCH));
    }

    /** A closed backlog item for a request (nothing schedules it), so that a conflict can name it. */
    public long backlogItem(long requestId, long organisationId, String title) {
        return insert("""
                insert into backlog_items (version, request_id, organisation_id, title, kind, status, lane, open_item,
                    accepted, reach_organisations, reach_points, impact_points, urgency_points, confidence_points,
                    effort_points, organisation_weight, computed_score, effective_score)
                values (0, ?, ?, ?, 'CHANGE', 'CLOSED', 'PRODUCT', false, false, 1, 0, 0, 0, 0, 0, 1.0, 0, 0)
                """, requestId, organisationId, title);
    }

    public long conflict(String kind, long itemId, long systemId, long windowId, long affectedOrganisationId,
            LocalDate starts, LocalDate ends, Instant detected, String handling, @Nullable Instant handled,
            @Nullable String note) {
        return insert("""
                insert into planning_conflicts (version, kind, item_id, system_id, freeze_window_id, affected_org_id,
                    starts_on, ends_on, active, handling, note, detected_at, updated_at, handled_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?)
                """, kind, itemId, systemId, windowId, affectedOrganisationId, starts, ends, handling, note,
                ts(detected), ts(handled == null ? detected : handled), handled == null ? null : ts(handled));
    }

    public void answer(long organisationId, String kind, int score, Instant answered, String comment) {
        jdbc.update("""
                insert into feedback_forms (version, kind, token_hash, organisation_id, recipient_id, sent_at,
                    expires_at, answered_at, answered_month, score, answer_comment)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, kind, UUID.randomUUID().toString().replace("-", ""), organisationId, actor, ts(answered),
                ts(answered.plusSeconds(86_400)), ts(answered), answered.toString().substring(0, 7), score, comment);
    }

    private long insert(String sql, Object... arguments) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
