package app.ponte.demo;

import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.Organisations;
import app.ponte.planning.Backlog;
import app.ponte.planning.CapacityEntry;
import app.ponte.planning.ConflictRow;
import app.ponte.planning.Conflicts;
import app.ponte.planning.PlanningSettings;
import app.ponte.planning.TeamCapacities;
import app.ponte.request.AssessmentDecision;
import app.ponte.request.AssessmentDraft;
import app.ponte.request.Assessments;
import app.ponte.request.ProductAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Risk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The seed's prioritisation situations: team capacity, Meridian weighted for its regulatory duty, the
 * Operations feature competing with Finance's critical bug for capacity, HR's integration waiting for its
 * data-protection assessment, the team deciding the Marketing/Sales conflict by a date, and a re-ranking
 * with its reason (Aurora's webhook moved to the top of the product backlog).
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoPlanning {

    private static final String TEAM_LEAD = "lead@ponte.test";
    private static final Map<String, String> DAYS_PER_WEEK = Map.of("lead@ponte.test", "2",
            "dev@ponte.test", "2.5", "admin@ponte.test", "0.5");

    private final TeamCapacities capacities;
    private final PlanningSettings settings;
    private final Backlog backlog;
    private final Conflicts conflicts;
    private final RequestIntake intake;
    private final Assessments assessments;
    private final RequestWorkflow workflow;
    private final Organisations organisations;
    private final DemoActors actors;

    DemoPlanning(TeamCapacities capacities, PlanningSettings settings, Backlog backlog, Conflicts conflicts,
            RequestIntake intake, Assessments assessments, RequestWorkflow workflow, Organisations organisations,
            DemoActors actors) {
        this.capacities = capacities;
        this.settings = settings;
        this.backlog = backlog;
        this.conflicts = conflicts;
        this.intake = intake;
        this.assessments = assessments;
        this.workflow = workflow;
        this.organisations = organisations;
        this.actors = actors;
    }

    void load(DemoRequests.Filed filed, LocalDate today) {
        as("admin@ponte.test", () -> {
            for (CapacityEntry person : capacities.list()) {
                String days = DAYS_PER_WEEK.get(person.email());
                if (days != null) {
                    capacities.set(person.accountId(), new BigDecimal(days), person.version());
                }
            }
            long meridian = organisations.list(new OrganisationFilter(DemoData.MERIDIAN, null, null),
                    PageRequest.of(0, 1)).getContent().getFirst().id();
            settings.weighOrganisation(meridian, new BigDecimal("1.5"),
                    "Regulated bank: GDPR and central-bank reporting duties", null);
            return null;
        });
        long picking = as("ops@ponte.test", () -> intake.file(RequestDraft.change(
                "Painel de separação por onda no novo centro de distribuição",
                "O novo centro de distribuição abre em duas semanas e a separação por onda precisa do status dos "
                        + "pedidos a cada minuto.",
                ProductAnswers.of("Centro de distribuição: 40 operadores por turno.", "Painel na parede de cada doca.",
                        "Sem o painel a abertura atrasa e os prazos de entrega escorregam.")
                        .wantedBy(today.plusDays(14), "Inauguração do centro de distribuição."))
                .onSystem("Orders API").touching(systems("Orders API"))));
        as(TEAM_LEAD, () -> {
            workflow.move(picking, RequestStatus.TRIAGED, null, version(picking));
            assessments.assess(picking, new AssessmentDraft("Viável com um endpoint de status por onda.",
                    new BigDecimal("8"), new BigDecimal("12"), new BigDecimal("16"), "Orders API",
                    "Somente leitura, sem dados pessoais.", false, null, null, null, Risk.MEDIUM,
                    AssessmentDecision.ACCEPT, null, "Aceito: o centro de distribuição depende disso.", null), null);
            workflow.move(picking, RequestStatus.PLANNED, "Compete com a correção crítica do faturamento.",
                    version(picking));
            workflow.move(filed.hrIntegration(), RequestStatus.TRIAGED,
                    "Aguardando a avaliação de proteção de dados (LGPD): base legal, categorias e criptografia.",
                    version(filed.hrIntegration()));
            conflicts.active(PageRequest.of(0, 50)).stream().filter(c -> c.requestId() == filed.campaign())
                    .findFirst().ifPresent(conflict -> decideBy(conflict, today));
            // Aurora's webhook lets its warehouse stop polling the Orders API before its peak-sale week.
            backlog.move(filed.webhook(), 1, "Aurora’s warehouse stops polling the Orders API every minute: "
                    + "less load on the API before its peak-sale freeze.", backlog.card(filed.webhook()).version());
            return null;
        });
    }

    private void decideBy(ConflictRow conflict, LocalDate today) {
        conflicts.askForDecision(conflict.id(), DemoCalendar.from(today).conflictDecidedBy(),
                "Reunião com Marketing e Vendas na sexta para escolher a data.", conflict.version());
    }

    private Set<Long> systems(String... names) {
        return actors.systems(names);
    }

    private long version(long requestId) {
        return actors.version(requestId);
    }

    private <T> T as(String email, Supplier<T> work) {
        return actors.as(email, work);
    }
}
