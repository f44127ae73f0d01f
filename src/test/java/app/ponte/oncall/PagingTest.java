package app.ponte.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.RejectedInputException;
import app.ponte.catalogue.Criticality;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemDraft;
import app.ponte.notification.ChannelChoice;
import app.ponte.notification.NotificationCenter;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.PersonOption;
import app.ponte.request.FaultAnswers;
import app.ponte.request.Priority;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Severity;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paging critical incidents on the demo rota (lead@ and dev@ponte.test weekly) and policy (the person on call, the
 * next person of the rota, the lead; 15 minutes each), for a client of its own on a 24/7 plan.
 */
@H2Test
class PagingTest extends SignedInServiceTest {

    static final String LEAD = "lead@ponte.test";
    static final String DEV = "dev@ponte.test";
    static final String ADMIN = "admin@ponte.test";
    static final Pattern ACK_LINK = Pattern.compile("on-call/ack/([A-Za-z0-9_-]{43})");

    @Autowired
    DemoFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;
    @Autowired
    SystemCatalogue catalogue;
    @Autowired
    NotificationCenter notifications;
    @Autowired
    IncidentPages pages;
    @Autowired
    OnCall onCall;
    @Autowired
    RepageJob job;
    @Autowired
    PageRepository pageRows;
    @Autowired
    PagingRepository pagings;
    @Autowired
    EscalationPolicies policyService;

    String client;
    String requester;
    PersonOption onCallNow;
    String nextOnRota;

    @BeforeEach
    void aClientOnA247Plan() {
        client = fixtures.newClient();
        requester = fixtures.newMember(client, Role.CLIENT);
        String plan = "Paging test " + UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into sla_plans (version, name, on_call_cover, updated_at) values (0, ?, true, ?)", plan, now);
        Long planId = jdbc.queryForObject("select id from sla_plans where name = ?", Long.class, plan);
        jdbc.update("insert into sla_plan_assignments (version, organisation_id, plan_id, updated_at) values (0, ?, ?, ?)",
                fixtures.organisationId(client), planId, now);
        onCallNow = as("admin@ponte.test", () -> onCall.now().person());
        assertThat(onCallNow).as("the demo rota has somebody on call").isNotNull();
        nextOnRota = onCallNow.email().equals(LEAD) ? DEV : LEAD;
    }

    @Test
    void a_p1_incident_pages_the_person_on_call_once_in_the_app_and_by_email_even_with_email_turned_off() {
        List<ChannelChoice> before = as(onCallNow.email(), () -> notifications.myChoices());
        try {
            as(onCallNow.email(), () -> {
                before.forEach(choice -> notifications.choose(choice.event(), false, false));
                return null;
            });
            long id = urgentIncident();
            as(LEAD, () -> workflow.triage(id, fixtures.accountId(LEAD), Priority.URGENT, version(id)));

            assertThat(pageRows.findAll()).filteredOn(page -> page.getRequestId() == id).singleElement()
                    .satisfies(page -> {
                        assertThat(page.getAccountId()).isEqualTo(onCallNow.accountId());
                        assertThat(page.getStep()).isZero();
                        assertThat(page.getDeliveredAt()).as("delivered after the commit").isNotNull();
                    });
            assertThat(mailsTo(onCallNow.email(), id)).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from notifications where recipient_id = ? and "
                    + "event_type = 'PAGED' and link = ?", Long.class, onCallNow.accountId(), "requests/" + id))
                    .isEqualTo(1);
        } finally {
            as(onCallNow.email(), () -> {
                before.forEach(choice -> notifications.choose(choice.event(), choice.inApp(), choice.byEmail()));
                return null;
            });
        }
    }

    @Test
    void an_incident_filed_on_a_critical_system_pages_at_once() {
        long system = as(LEAD, () -> catalogue.create(new SystemDraft("Checkout " + UUID.randomUUID(), "Test system",
                fixtures.accountId(LEAD), Criticality.CRITICAL, new BigDecimal("99.9"),
                Set.of(fixtures.organisationId(client)))).id());
        long id = as(requester, () -> intake.file(RequestDraft.incident("Checkout down", "Every order fails.",
                new FaultAnswers(Severity.HIGH, null, "Now")).touching(Set.of(system))));

        assertThat(pagings.findByRequestId(id)).get().extracting(Paging::getCause)
                .isEqualTo(PagingCause.CRITICAL_SYSTEM);
        assertThat(mailsTo(onCallNow.email(), id)).hasSize(1);
    }

    @Test
    void a_critical_incident_filed_without_24_7_cover_pages_nobody_until_the_team_sets_p1() {
        String uncovered = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        long id = as(uncovered, () -> intake.file(RequestDraft.incident("Payments down", "No payment goes through.",
                new FaultAnswers(Severity.CRITICAL, null, "Now")).onSystem("Payments")));

        assertThat(pagings.findByRequestId(id)).as("the requester's severity alone wakes nobody").isEmpty();

        as(LEAD, () -> workflow.triage(id, null, Priority.HIGH, version(id)));
        as(LEAD, () -> workflow.triage(id, null, Priority.URGENT, version(id)));

        assertThat(pagings.findByRequestId(id)).get().extracting(Paging::getCause)
                .isEqualTo(PagingCause.URGENT_INCIDENT);
    }

    @Test
    void an_incident_on_a_critical_system_pages_nobody_for_an_organisation_without_24_7_cover() {
        String uncoveredClient = fixtures.newClient();
        String uncovered = fixtures.newMember(uncoveredClient, Role.CLIENT);
        long system = as(LEAD, () -> catalogue.create(new SystemDraft("Ledger " + UUID.randomUUID(), "Test system",
                fixtures.accountId(LEAD), Criticality.CRITICAL, new BigDecimal("99.9"),
                Set.of(fixtures.organisationId(uncoveredClient)))).id());
        long id = as(uncovered, () -> intake.file(RequestDraft.incident("Ledger slow", "Postings take minutes.",
                new FaultAnswers(Severity.MEDIUM, null, "Today")).touching(Set.of(system))));

        assertThat(pagings.findByRequestId(id)).isEmpty();
    }

    @Test
    void a_p3_bug_pages_nobody() {
        long id = as(requester, () -> intake.file(RequestDraft.bug("Typo on the invoice", "A typo.",
                new FaultAnswers(Severity.LOW, "Open any invoice.", "Today")).onSystem("Invoices")));
        as(LEAD, () -> workflow.triage(id, null, Priority.NORMAL, version(id)));

        assertThat(pagings.findByRequestId(id)).isEmpty();
        assertThat(as(LEAD, () -> pages.history(id)).paged()).isFalse();
    }

    @Test
    void an_acknowledgement_by_the_paged_person_stops_the_re_paging() {
        long id = pagedIncident();
        as(onCallNow.email(), () -> {
            pages.acknowledge(id);
            return null;
        });
        clock.advance(Duration.ofMinutes(40));
        job.run();

        assertThat(pagesOf(id)).hasSize(1);
        IncidentPages.PagingHistory history = as(LEAD, () -> pages.history(id));
        assertThat(history.events()).extracting(IncidentPages.PageEvent::kind)
                .containsExactly(IncidentPages.EventKind.PAGED, IncidentPages.EventKind.ACKNOWLEDGED);
        assertThat(history.events().getLast().personName()).isEqualTo(onCallNow.displayName());
        assertThat(history.mayAcknowledge()).isFalse();
    }

    @Test
    void an_acknowledgement_by_somebody_not_paged_is_refused_and_changes_nothing() {
        long id = pagedIncident();

        Throwable refusal = catchThrowable(() -> as(nextOnRota, () -> {
            pages.acknowledge(id);
            return null;
        }));

        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        assertThat(((RejectedInputException) refusal).messageKey()).isEqualTo("oncall.ack.not-paged");
        assertThat(pagings.findByRequestId(id)).get().extracting(Paging::state).isEqualTo(PagingState.WAITING);
    }

    @Test
    void without_an_acknowledgement_the_next_step_is_paged_after_its_minutes_then_the_lead_and_never_twice() {
        long id = pagedIncident();
        long lead = fixtures.accountId(LEAD);
        long next = fixtures.accountId(nextOnRota);

        clock.advance(Duration.ofMinutes(14));
        assertThat(job.run()).as("within the step's minutes").isZero();
        assertThat(pagesOf(id)).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        job.run();
        job.run();
        assertThat(pagesOf(id)).extracting(Page::getStep, Page::getAccountId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, onCallNow.accountId()),
                        org.assertj.core.groups.Tuple.tuple(1, next));
        assertThat(mailsTo(nextOnRota, id)).hasSize(1);

        clock.advance(Duration.ofMinutes(16));
        job.run();
        job.run();
        assertThat(pagesOf(id)).extracting(Page::getStep, Page::getAccountId).endsWith(
                org.assertj.core.groups.Tuple.tuple(2, lead)).hasSize(3);
        assertThat(pagesOf(id)).allSatisfy(page -> assertThat(page.getDeliveredAt()).isNotNull());
        assertThat(pagings.findByRequestId(id)).get().extracting(Paging::state).isEqualTo(PagingState.LAST_STEP);

        clock.advance(Duration.ofHours(1));
        assertThat(job.run()).as("after the last step nothing more is paged").isZero();
        assertThat(pagesOf(id)).hasSize(3);
        assertThat(as(LEAD, () -> pages.history(id)).events()).extracting(IncidentPages.PageEvent::kind)
                .containsExactly(IncidentPages.EventKind.PAGED, IncidentPages.EventKind.REPAGED,
                        IncidentPages.EventKind.REPAGED);
    }

    @Test
    void the_e_mailed_link_acknowledges_once_for_the_paged_person_only() {
        long id = pagedIncident();
        String token = tokenIn(mailsTo(onCallNow.email(), id).getFirst());

        Throwable stranger = catchThrowable(() -> as(nextOnRota, () -> pages.checkLink(token)));
        assertThat(((RejectedInputException) stranger).messageKey()).isEqualTo("oncall.ack.not-paged");
        Throwable tampered = catchThrowable(() -> as(onCallNow.email(), () -> pages.checkLink(token + "x")));
        assertThat(((RejectedInputException) tampered).messageKey()).isEqualTo("oncall.link.UNKNOWN");

        IncidentPages.AckLink opened = as(onCallNow.email(), () -> pages.checkLink(token));
        assertThat(opened.requestId()).isEqualTo(id);
        assertThat(opened.acknowledgedAt()).isNull();
        IncidentPages.AckLink done = as(onCallNow.email(), () -> pages.acknowledgeByLink(token));
        assertThat(done.acknowledgedBy()).isEqualTo(onCallNow.displayName());

        Throwable again = catchThrowable(() -> as(onCallNow.email(), () -> pages.acknowledgeByLink(token)));
        assertThat(((RejectedInputException) again).messageKey()).isEqualTo("oncall.link.USED");
        assertThat(pagings.findByRequestId(id)).get().extracting(Paging::state).isEqualTo(PagingState.ACKNOWLEDGED);
    }

    @Test
    void an_expired_link_is_refused() {
        long id = pagedIncident();
        String token = tokenIn(mailsTo(onCallNow.email(), id).getFirst());
        clock.advance(Page.LINK_LIFETIME.plusMinutes(1));

        Throwable expired = catchThrowable(() -> as(onCallNow.email(), () -> pages.acknowledgeByLink(token)));
        assertThat(((RejectedInputException) expired).messageKey()).isEqualTo("oncall.link.EXPIRED");
    }

    @Test
    void the_client_reads_when_the_person_on_call_was_notified_and_acknowledged_but_no_name() {
        long id = pagedIncident();
        as(onCallNow.email(), () -> {
            pages.acknowledge(id);
            return null;
        });

        IncidentPages.PagingHistory seen = as(requester, () -> pages.history(id));
        assertThat(seen.paged()).isTrue();
        assertThat(seen.events()).isEmpty();
        assertThat(seen.notifiedAt()).isNotNull();
        assertThat(seen.acknowledgedAt()).isNotNull();
        assertThat(as(requester, () -> onCall.clientCover())).get()
                .extracting(OnCall.ClientCover::onCallNow, OnCall.ClientCover::answerWithinMinutes)
                .containsExactly(true, 15);
    }

    @Test
    void a_client_of_another_organisation_cannot_see_an_incidents_paging() {
        long id = pagedIncident();

        assertThat(catchThrowable(() -> as("leo@aurora.test", () -> pages.history(id))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as("marketing@ponte.test", () -> pages.history(id))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where target_id = ? and action = ? and target_type = 'Request'",
                Long.class, id, "request.read")).isPositive();
    }

    @Test
    void acknowledging_marks_the_persons_page_for_that_request_read_on_the_bell() {
        long id = pagedIncident();
        String unread = "select count(*) from notifications where recipient_id = ? and event_type = 'PAGED' "
                + "and link = ? and read_at is null";
        assertThat(jdbc.queryForObject(unread, Long.class, onCallNow.accountId(), "requests/" + id)).isEqualTo(1);

        as(onCallNow.email(), () -> {
            pages.acknowledge(id);
            return null;
        });

        assertThat(jdbc.queryForObject(unread, Long.class, onCallNow.accountId(), "requests/" + id)).isZero();
    }

    @Test
    void beyond_its_pages_per_hour_an_organisations_p1_is_filed_unpaged_and_the_team_told_once() {
        List<Long> paged = List.of(pagedIncident(), pagedIncident(), pagedIncident());
        long heldBack = urgentIncident();
        long alsoHeldBack = urgentIncident();

        assertThat(paged).allSatisfy(id -> assertThat(pagesOf(id)).hasSize(1));
        assertThat(pagesOf(heldBack)).isEmpty();
        assertThat(pagesOf(alsoHeldBack)).isEmpty();
        assertThat(as(LEAD, () -> reading.details(heldBack)).triage().priority()).as("still filed as P1")
                .isEqualTo(Priority.URGENT);
        assertThat(pagings.findByRequestId(heldBack)).get().extracting(Paging::state)
                .isEqualTo(PagingState.WITHHELD);
        assertThat(as(LEAD, () -> pages.history(heldBack)).events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(IncidentPages.EventKind.NOT_PAGED);
            assertThat(event.pagesInLastHour()).isEqualTo(3);
        });
        assertThat(as(requester, () -> pages.history(heldBack)).paged()).as("the client reads no page").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from notifications where recipient_id = ? and "
                + "event_type = 'PAGES_LIMITED' and arguments like ?", Long.class, fixtures.accountId(LEAD),
                "%" + client + "%")).as("told once, not for every incident held back").isEqualTo(1);

        as(LEAD, () -> workflow.triage(heldBack, null, Priority.URGENT, version(heldBack)));
        assertThat(pagesOf(heldBack)).as("the team setting P1 itself pages").hasSize(1);

        clock.advance(Duration.ofMinutes(61));
        assertThat(pagesOf(pagedIncident())).as("an hour later the organisation pages again").hasSize(1);
    }

    @Test
    void when_no_step_names_anybody_the_leads_are_paged_instead_and_without_leads_the_team_is_told() {
        OnCall.RotaSettings rota = as(ADMIN, () -> onCall.rota());
        EscalationPolicies.PolicyView policy = as(ADMIN, () -> policyService.policy());
        long lead = fixtures.accountId(LEAD);
        try {
            // Alone on the rota, the person on call has no "next person": the only step names nobody.
            as(ADMIN, () -> {
                onCall.saveRota(new RotaDraft(List.of(onCallNow.accountId()), rota.handOverDay(),
                        rota.handOverTime(), rota.zone(), rota.startsOn()), rota.version());
                policyService.save(List.of(new EscalationStep(StepKind.NEXT_ON_ROTA, 15, List.of())), List.of(lead),
                        policyService.policy().version());
                return null;
            });
            long toLeads = urgentIncident();
            as(LEAD, () -> workflow.triage(toLeads, null, Priority.URGENT, version(toLeads)));

            assertThat(pagesOf(toLeads)).extracting(Page::getStep, Page::getAccountId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, lead));
            assertThat(as(LEAD, () -> pages.history(toLeads)).events()).extracting(IncidentPages.PageEvent::kind)
                    .containsExactly(IncidentPages.EventKind.LEADS_PAGED_INSTEAD, IncidentPages.EventKind.REPAGED);

            as(ADMIN, () -> {
                policyService.save(List.of(new EscalationStep(StepKind.NEXT_ON_ROTA, 15, List.of())), List.of(),
                        policyService.policy().version());
                return null;
            });
            long toTeam = urgentIncident();
            as(LEAD, () -> workflow.triage(toTeam, null, Priority.URGENT, version(toTeam)));

            assertThat(pagesOf(toTeam)).isEmpty();
            assertThat(pagings.findByRequestId(toTeam)).get().extracting(Paging::getFallback)
                    .isEqualTo(PagingFallback.TEAM_TOLD);
            assertThat(as(LEAD, () -> pages.history(toTeam)).events()).extracting(IncidentPages.PageEvent::kind)
                    .containsExactly(IncidentPages.EventKind.TEAM_TOLD);
            assertThat(jdbc.queryForList("select recipient_id from notifications where event_type = 'NOBODY_PAGED' "
                    + "and link = ?", Long.class, "requests/" + toTeam))
                    .containsExactlyInAnyOrderElementsOf(as(LEAD, () -> onCall.teamPeople()).stream()
                            .map(PersonOption::accountId).toList());
        } finally {
            as(ADMIN, () -> {
                onCall.saveRota(new RotaDraft(rota.members().stream().map(PersonOption::accountId).toList(),
                        rota.handOverDay(), rota.handOverTime(), rota.zone(), rota.startsOn()),
                        onCall.rota().version());
                policyService.save(policy.steps(), policy.leadIds(), policyService.policy().version());
                return null;
            });
        }
    }

    @Test
    void a_department_without_24_7_cover_is_told_nothing_about_on_call() {
        assertThat(as("marketing@ponte.test", () -> onCall.clientCover())).isEmpty();
    }

    private long urgentIncident() {
        return as(requester, () -> intake.file(RequestDraft.incident("Orders lost", "Orders vanish after payment.",
                new FaultAnswers(Severity.CRITICAL, null, "An hour ago")).onSystem("Web shop")));
    }

    private long pagedIncident() {
        long id = urgentIncident();
        as(LEAD, () -> workflow.triage(id, null, Priority.URGENT, version(id)));
        assertThat(pagesOf(id)).hasSize(1);
        return id;
    }

    private List<Page> pagesOf(long requestId) {
        return pageRows.findAll().stream().filter(page -> page.getRequestId() == requestId)
                .sorted(java.util.Comparator.comparing(Page::getStep)).toList();
    }

    private long version(long requestId) {
        return reading.details(requestId).version();
    }

    private List<String> mailsTo(String email, long requestId) {
        // The subject names the incident as the recipient's language does: "incident #6", "incidente nº 6".
        return jdbc.queryForList("select body from mail_outbox where recipient = ? and (subject like ? or subject like ?)",
                String.class, email, "%#" + requestId, "%nº " + requestId);
    }

    private static String tokenIn(String body) {
        var matcher = ACK_LINK.matcher(body);
        assertThat(matcher.find()).as("an acknowledge link in %s", body).isTrue();
        return matcher.group(1);
    }

}
