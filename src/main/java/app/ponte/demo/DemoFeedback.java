package app.ponte.demo;

import app.ponte.feedback.FeedbackAnswer;
import app.ponte.feedback.FeedbackForms;
import app.ponte.feedback.FeedbackKind;
import app.ponte.feedback.FeedbackPreview;
import app.ponte.feedback.SurveySchedules;
import app.ponte.request.Conversation;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The seed's satisfaction story, after the requests and the roadmap: Ana rated a delivered Aurora request 4 of 5
 * (the roadmap delivered her rate-limits request; one of hers is delivered here if none was), Rita's form for a
 * resolved Meridian question waits in the outbox, and Marketing answered the relationship survey with 9.
 * Everything goes through the services, as the people themselves.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoFeedback {

    private static final String TEAM_LEAD = "lead@ponte.test";

    private final DemoActors actors;
    private final FeedbackForms forms;
    private final SurveySchedules schedules;
    private final RequestIntake intake;
    private final RequestWorkflow workflow;
    private final Conversation conversations;
    private final RequestReading reading;

    DemoFeedback(DemoActors actors, FeedbackForms forms, SurveySchedules schedules, RequestIntake intake,
            RequestWorkflow workflow, Conversation conversations, RequestReading reading) {
        this.reading = reading;
        this.actors = actors;
        this.forms = forms;
        this.schedules = schedules;
        this.intake = intake;
        this.workflow = workflow;
        this.conversations = conversations;
    }

    void load(Map<String, Long> organisationIds, DemoRequests.Filed filed, LocalDate today) {
        anaRatesADelivery(filed);
        ritasFormWaits();
        marketingAnswersTheSurvey(organisationIds.get("Marketing"), today);
    }

    private void anaRatesADelivery(DemoRequests.Filed filed) {
        if (pendingDelivery("ana@aurora.test") == null) {
            resolve(filed.webhook(), "The webhook is live for your warehouse.");
        }
        FeedbackPreview form = pendingDelivery("ana@aurora.test");
        if (form != null) {
            actors.as("ana@aurora.test", () -> {
                forms.answerMine(form.id(), new FeedbackAnswer(4,
                        "No more 503s at peak. A heads-up before the change would have helped our warehouse team.", true));
                return null;
            });
        }
    }

    private void ritasFormWaits() {
        long question = actors.as("rita@meridian.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "From which IP addresses do your webhooks call us?",
                "Our firewall only lets known addresses in; we need the list for the change request.")));
        actors.as(TEAM_LEAD, () -> {
            conversations.comment(question, "They come from 203.0.113.10 and 203.0.113.11; the list is also in "
                    + "the API documentation.", false);
            return null;
        });
        resolve(question, null);
    }

    private void marketingAnswersTheSurvey(long marketing, LocalDate today) {
        actors.as("admin@ponte.test", () -> {
            long version = schedules.schedules().stream().filter(row -> row.organisationId() == marketing)
                    .findFirst().orElseThrow().version();
            schedules.plan(marketing, today, version);
            return schedules.sendDue();
        });
        actors.as("marketing@ponte.test", () -> {
            forms.myPendingSurveys().stream().findFirst().ifPresent(survey -> forms.answerMine(survey.id(),
                    new FeedbackAnswer(9, "Prioridades claras e datas honestas; a exportação chegou quando precisávamos.",
                            null)));
            return null;
        });
    }

    /** The team resolves a request: triaged, in progress, delivered (each step only where the status allows it). */
    private void resolve(long requestId, @Nullable String note) {
        actors.as(TEAM_LEAD, () -> {
            for (RequestStatus next : new RequestStatus[] {RequestStatus.TRIAGED, RequestStatus.IN_PROGRESS,
                    RequestStatus.DELIVERED}) {
                RequestStatus now = reading.details(requestId).status();
                if (now.ordinal() < next.ordinal() && now.teamMoves().contains(next)) {
                    workflow.move(requestId, next, next == RequestStatus.DELIVERED ? note : null,
                            actors.version(requestId));
                }
            }
            return null;
        });
    }

    private FeedbackPreview pendingDelivery(String email) {
        return actors.as(email, () -> forms.myPending().stream().filter(form -> form.kind() == FeedbackKind.DELIVERY)
                .findFirst().orElse(null));
    }
}
