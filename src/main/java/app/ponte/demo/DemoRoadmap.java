package app.ponte.demo;

import app.ponte.planning.Confidence;
import app.ponte.request.ProductAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.roadmap.InitiativeDraft;
import app.ponte.roadmap.Initiatives;
import app.ponte.roadmap.MilestoneDates;
import app.ponte.roadmap.MilestoneDraft;
import app.ponte.roadmap.MilestoneScope;
import app.ponte.roadmap.PromiseHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The seed's roadmap: Aurora's "Orders API resilience for peak season" in two partial deliveries (one kept
 * on time, one slipped with its reason), Marketing's "Campaign reporting" planned around Sales' quarter-end
 * freeze, the public "API v2" every client sees with its public milestones, and the changelog their deliveries
 * published. What happened before today is recorded on its own days through the promise history; today's steps
 * go through the roadmap's services.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoRoadmap {

    /** Days as Aurora's people (English, US) write them in a reason they type: "December 7". */
    private static final java.time.format.DateTimeFormatter AURORA_DAY =
            java.time.format.DateTimeFormatter.ofPattern("MMMM d", java.util.Locale.US);

    private static final String TEAM_LEAD = "lead@ponte.test";

    private final Initiatives initiatives;
    private final MilestoneScope scope;
    private final MilestoneDates dates;
    private final PromiseHistory history;
    private final RequestIntake intake;
    private final RequestWorkflow workflow;
    private final DemoActors actors;

    DemoRoadmap(Initiatives initiatives, MilestoneScope scope, MilestoneDates dates, PromiseHistory history,
            RequestIntake intake, RequestWorkflow workflow, DemoActors actors) {
        this.initiatives = initiatives;
        this.scope = scope;
        this.dates = dates;
        this.history = history;
        this.intake = intake;
        this.workflow = workflow;
        this.actors = actors;
    }

    void load(DemoRequests.Filed filed, LocalDate today) {
        DemoCalendar days = DemoCalendar.from(today);
        aurora(filed, days);
        marketing(days);
        apiV2(today);
    }

    private void aurora(DemoRequests.Filed filed, DemoCalendar days) {
        LocalDate today = days.today();
        long limits = actors.as("ana@aurora.test", () -> intake.file(change(
                "Rate limits and connection pool sized for peak traffic",
                "At peak our checkout calls the Orders API ten times more often and gets 503s.",
                "Every shopper at checkout during campaigns.", "Checkout keeps working at peak.",
                "Lost orders during our biggest sales days.", null, null,
                "Orders API")));
        actors.as(TEAM_LEAD, () -> {
            actors.accept(limits, "Orders API", "4", "6", "9", "Peak load is a risk for every client of the API.");
            workflow.move(filed.webhook(), RequestStatus.TRIAGED, null, actors.version(filed.webhook()));
            workflow.move(filed.webhook(), RequestStatus.PLANNED, "Less polling before Aurora's peak-sale week.",
                    actors.version(filed.webhook()));
            long initiative = history.initiative(at(today.minusDays(80)), new InitiativeDraft(
                    "Orders API resilience for peak season",
                    "Aurora's checkout and warehouse depend on the Orders API at their busiest weeks.", false,
                    Confidence.MEDIUM, days.auroraInitiativeEnd()));
            long pool = initiatives.addMilestone(initiative, new MilestoneDraft("Peak-ready limits",
                    "Per-client rate limits and a larger connection pool: no more 503s at peak."));
            scope.link(pool, limits);
            history.committed(at(today.minusDays(75)), pool, today.minusDays(30), "Agreed at the monthly review.");
            history.delivered(at(today.minusDays(33)), pool, today.minusDays(33));

            long webhook = initiatives.addMilestone(initiative, new MilestoneDraft("Order-status webhook",
                    "Aurora's warehouse is told of each status change instead of polling every minute."));
            scope.link(webhook, filed.webhook());
            history.committed(at(today.minusDays(60)), webhook, days.webhookFirstDate(),
                    "Agreed at the monthly review.");
            history.committed(at(today.minusDays(12)), webhook, days.webhookNewDate(),
                    "Load tests found duplicate events under retries; the fix and a new load test need more time, "
                            + "and nothing ships inside Aurora's peak-sale freeze of the Orders API ("
                            + AURORA_DAY.format(days.auroraFreezeStart()) + " to "
                            + AURORA_DAY.format(days.auroraFreezeEnd()) + ").");
            return null;
        });
    }

    private void marketing(DemoCalendar days) {
        LocalDate today = days.today();
        long export = actors.as("marketing@ponte.test", () -> intake.file(change(
                "Exportação dos resultados de campanha",
                "Montamos o relatório de cada campanha à mão a partir de três telas.",
                "Equipe de marketing, 6 pessoas.", "Uma planilha por campanha.",
                "Dois dias de trabalho por campanha.", null, null,
                "Real-time reporting")));
        long scheduled = actors.as("marketing@ponte.test", () -> intake.file(change(
                "Relatórios de campanha agendados",
                "Queremos receber os resultados toda segunda-feira sem pedir a ninguém.",
                "Equipe de marketing e diretoria.", "Um e-mail semanal com o relatório.",
                "Decisões de verba com dados da semana.", days.scheduledReportsWantedBy(),
                "Planejamento do próximo trimestre.",
                "Real-time reporting")));
        actors.as(TEAM_LEAD, () -> {
            actors.accept(export, "Real-time reporting", "2", "3", "5", "Read-only export, no load on the freeze.");
            actors.accept(scheduled, "Real-time reporting", "4", "6", "10", "Scheduling after the quarter-end.");
            long initiative = history.initiative(at(today.minusDays(45)), new InitiativeDraft("Campaign reporting",
                    "Marketing's campaign results without manual work, planned around Sales' quarter-end freeze of "
                            + "Real-time reporting.", false, Confidence.HIGH, days.campaignInitiativeEnd()));
            long first = initiatives.addMilestone(initiative, new MilestoneDraft("Campaign figures export",
                    "A read-only export of each campaign's figures."));
            scope.link(first, export);
            history.committed(at(today.minusDays(40)), first, today.minusDays(4), "Agreed with Marketing.");
            history.delivered(at(today.minusDays(5)), first, today.minusDays(5));

            long second = initiatives.addMilestone(initiative, new MilestoneDraft("Scheduled campaign reports",
                    "The weekly report by e-mail, switched on after Sales' quarter-end freeze."));
            scope.link(second, scheduled);
            dates.commit(second, days.scheduledReportsOn(), "Sales freezes Real-time reporting until its quarter "
                    + "is closed; the scheduler goes live the week after.", milestoneVersion(second));
            return null;
        });
    }

    private void apiV2(LocalDate today) {
        actors.as(TEAM_LEAD, () -> {
            long initiative = history.initiative(at(today.minusDays(50)), new InitiativeDraft("API v2",
                    "Versioned, documented endpoints for every client, with a sandbox and a year to move from v1.",
                    true, Confidence.LOW, today.plusDays(200)));
            long design = initiatives.addMilestone(initiative, new MilestoneDraft("API v2 design published",
                    "The OpenAPI description of v2 for every client to review.", true));
            history.committed(at(today.minusDays(45)), design, today.minusDays(14), null);
            history.delivered(at(today.minusDays(14)), design, today.minusDays(14));
            long sandbox = initiatives.addMilestone(initiative, new MilestoneDraft("Sandbox for v2",
                    "A sandbox with test data where clients try v2 without touching production.", true));
            history.committed(at(today.minusDays(30)), sandbox, today.minusDays(3), null);
            history.delivered(at(today.minusDays(3)), sandbox, today.minusDays(3));
            long read = initiatives.addMilestone(initiative, new MilestoneDraft("Read endpoints",
                    "Orders, invoices and shipments readable through v2.", true));
            dates.commit(read, today.plusDays(75), "Planned with the platform team's quarter.",
                    milestoneVersion(read));
            initiatives.addMilestone(initiative, new MilestoneDraft("Write endpoints and v1 deprecation",
                    "Writes through v2; v1 announced for retirement a year later.", true));
            return null;
        });
    }

    private long milestoneVersion(long milestoneId) {
        return dates.plan(milestoneId).milestone().version();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private RequestDraft change(String title, String problem, String people, String use, String impact,
            @Nullable LocalDate desired, @Nullable String desiredReason, String system) {
        return RequestDraft.change(title, problem, ProductAnswers.of(people, use, impact).wantedBy(desired, desiredReason))
                .onSystem(system).touching(actors.systems(system));
    }
}
