package app.ponte.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes a {@link RequestMoment} after each change that clocks, paging or feedback depend on. */
@Component
class MomentPublisher {

    private final ApplicationEventPublisher events;

    MomentPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    void filed(Request request, long actorId, Instant at) {
        publish(RequestMoment.Kind.FILED, request, request.getStatus(), actorId, at);
    }

    void answered(Request request, boolean byTeam, long actorId, Instant at) {
        publish(byTeam ? RequestMoment.Kind.TEAM_ANSWERED : RequestMoment.Kind.REQUESTER_ANSWERED, request,
                request.getStatus(), actorId, at);
    }

    void statusChanged(Request request, RequestStatus from, long actorId, Instant at) {
        publish(RequestMoment.Kind.STATUS_CHANGED, request, from, actorId, at);
    }

    void triaged(Request request, long actorId, Instant at) {
        publish(RequestMoment.Kind.TRIAGED, request, request.getStatus(), actorId, at);
    }

    private void publish(RequestMoment.Kind kind, Request request, @Nullable RequestStatus from, long actorId,
            Instant at) {
        var assignee = request.getAssignee();
        events.publishEvent(new RequestMoment(kind, request.getId(), request.getOrganisation().getId(),
                request.getTitle(), request.getKind(), from, request.getStatus(), request.getPriority(),
                request.getSeverity(), request.getSystemIds(), request.getRequester().getId(),
                assignee == null ? null : assignee.getId(), actorId, at));
    }
}
