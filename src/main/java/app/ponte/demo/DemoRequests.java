package app.ponte.demo;

import app.ponte.request.Conversation;
import app.ponte.request.FaultAnswers;
import app.ponte.request.IntegrationAnswers;
import app.ponte.request.ProductAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSupport;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Severity;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The seed's situations as requests, filed by the demo people themselves through the secured services,
 * in their own language: departments write Portuguese, clients English. The team answers, triages and
 * keeps internal notes.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoRequests {

    private static final String TEAM_LEAD = "lead@ponte.test";

    private final RequestIntake intake;
    private final RequestSupport support;
    private final RequestWorkflow workflow;
    private final Conversation conversations;
    private final DemoActors actors;

    DemoRequests(RequestIntake intake, RequestSupport support, RequestWorkflow workflow, Conversation conversations,
            DemoActors actors) {
        this.actors = actors;
        this.intake = intake;
        this.support = support;
        this.workflow = workflow;
        this.conversations = conversations;
    }

    /** The demo requests that the planning and SLA demos work on. */
    record Filed(long campaign, long invoicing, long hrIntegration, long gdprExport, long webhook,
            long encryptionQuestion, long salesQuestion) {
    }

    Filed load(LocalDate today) {
        long campaign = as("marketing@ponte.test", () -> intake.file(RequestDraft.change(
                "Relatórios em tempo real por campanha",
                "Hoje o relatório em tempo real mostra só o total de vendas. Para a próxima campanha precisamos "
                        + "ver conversões por campanha, a cada minuto.",
                ProductAnswers.of("Equipe de marketing (12 pessoas) e a agência parceira.",
                        "Painel aberto durante a campanha para remanejar verba entre canais.",
                        "Cerca de 8% do orçamento de mídia é desperdiçado por decisões tardias.")
                        // Inside Sales' quarter-close freeze on the same system: the seed's conflict.
                        .wantedBy(DemoCalendar.from(today).campaignWantedBy(), "Início da campanha do próximo trimestre."))
                .touching(systems("Real-time reporting"))));
        long salesQuestion = as("sales@ponte.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Relatórios em tempo real sem interrupção no fechamento do trimestre",
                "No fechamento do trimestre a diretoria acompanha as metas pelo relatório em tempo real. "
                        + "Podemos garantir que nenhuma mudança ou parada aconteça nesses dias?")));
        as("ops@ponte.test", () -> intake.file(RequestDraft.idea(
                "Rastreamento de entregas por lote",
                "Não conseguimos saber em que etapa está cada lote de entregas sem ligar para a transportadora.",
                ProductAnswers.of("Centro de distribuição: 40 operadores por turno.",
                        "Tela de acompanhamento por lote e alerta de atraso.",
                        "Menos ligações e menos multas por atraso."))));
        long invoicing = as("finance@ponte.test", () -> intake.file(RequestDraft.bug(
                "Faturas duplicadas no faturamento mensal",
                "Alguns clientes receberam a mesma fatura duas vezes no fechamento de ontem.",
                new FaultAnswers(Severity.CRITICAL,
                        "1. Rodar o fechamento mensal. 2. Filtrar clientes com mais de um contrato. 3. Ver faturas "
                                + "repetidas.",
                        "Desde o fechamento de ontem")).touching(systems("Invoicing"))));
        long hrIntegration = as("hr@ponte.test", () -> intake.file(RequestDraft.integration(
                "Integração com o novo sistema de gestão de pessoas",
                "O novo sistema de RH precisa receber admissões e desligamentos do diretório de funcionários.",
                ProductAnswers.of("RH e todos os gestores.", "Cadastro automático de acessos no primeiro dia.",
                        "Hoje o cadastro manual leva dois dias por admissão."),
                new IntegrationAnswers("Diretório de funcionários, novo sistema de RH",
                        "Nome, CPF, cargo, gestor, data de admissão", true))
                .touching(systems("Employee directory"))));
        long outage = as("leo@aurora.test", () -> intake.file(RequestDraft.incident(
                "Orders API returns 503 at peak traffic",
                "Between 20:00 and 21:00 New York time about 4% of order calls fail with 503.",
                new FaultAnswers(Severity.HIGH, null, "Since yesterday's flash sale"))
                .touching(systems("Orders API"))));
        long repeat = as("leo@aurora.test", () -> intake.file(RequestDraft.incident(
                "Orders API errors during flash sale",
                "Checkout failed for some customers during the flash sale.",
                new FaultAnswers(Severity.HIGH, null, "Yesterday evening")).touching(systems("Orders API"))));
        long webhook = as("ana@aurora.test", () -> intake.file(RequestDraft.idea(
                "Webhook when an order changes status",
                "Our warehouse system polls the Orders API every minute to learn about status changes.",
                ProductAnswers.of("Warehouse team and our customers waiting for shipping e-mails.",
                        "Our warehouse system reacts to each change at once.",
                        "Fewer calls to the API and shipping e-mails sent minutes earlier."))));
        long encryptionQuestion = as("rita@meridian.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Is transaction data encrypted at rest and in transit?",
                "Our auditors ask how transaction data is encrypted, who holds the keys and how often they rotate.")));
        long gdprExport = as("rita@meridian.test", () -> intake.file(RequestDraft.idea(
                "GDPR data export for our customers",
                "Customers exercising their right of access must receive their data within a month.",
                ProductAnswers.of("Our data-protection office, about 30 requests a month.",
                        "One export per customer, sent by our office.", "A legal duty: fines if we miss the deadline.")
                        .wantedBy(today.plusDays(90), "Our next regulatory audit."))));

        as(TEAM_LEAD, () -> {
            workflow.move(invoicing, RequestStatus.TRIAGED, "Crítico: fechamento afetado.", version(invoicing));
            workflow.move(invoicing, RequestStatus.IN_PROGRESS, null, version(invoicing));
            conversations.comment(invoicing, "Encontramos a causa: contratos com dois endereços de cobrança. "
                    + "Correção em teste.", false);
            conversations.comment(invoicing, "The retry in the billing job is not idempotent; fix it before the "
                    + "reporting freeze.", true);
            workflow.move(outage, RequestStatus.TRIAGED, "Peak-load issue, reproduced.", version(outage));
            workflow.markDuplicate(repeat, outage, "Same incident as the 503s at peak.", version(repeat));
            conversations.comment(outage, "We reproduced it under load and are adding capacity to the pool.", false);
            conversations.comment(campaign, "Marketing asks for changes exactly when Sales needs the system "
                    + "frozen: decide together before planning.", true);
            workflow.share(gdprExport, true, version(gdprExport));
            return null;
        });
        // The export Meridian asked for is needed elsewhere too: two organisations add their support.
        as("ana@aurora.test", () -> {
            support.support(gdprExport, "EU shoppers ask us for their data every week; today we collect it by hand.");
            return null;
        });
        as("hr@ponte.test", () -> {
            support.support(gdprExport, "Pedidos de acesso de ex-funcionários chegam todo mês (LGPD).");
            return null;
        });
        return new Filed(campaign, invoicing, hrIntegration, gdprExport, webhook, encryptionQuestion, salesQuestion);
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
