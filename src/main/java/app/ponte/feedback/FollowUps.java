package app.ponte.feedback;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-ups low answers opened: the team lists the open ones, and marks one done with a note. */
@Service
@Transactional(readOnly = true)
public class FollowUps {

    public static final int NOTE_MAX = 1000;

    private final FollowUpRepository followUps;
    private final FeedbackFormRepository forms;
    private final OrganisationNames names;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUps(FollowUpRepository followUps, FeedbackFormRepository forms, OrganisationNames names,
            CurrentUser currentUser, OrganisationScope scope, ApplicationEventPublisher events, Clock clock) {
        this.followUps = followUps;
        this.forms = forms;
        this.names = names;
        this.currentUser = currentUser;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** The open follow-ups, oldest first. */
    @TeamOnly
    public Slice<FollowUpRow> open(Pageable pageable) {
        Slice<FollowUp> page = followUps.findByStateOrderByOpenedAtAscIdAsc(FollowUpState.OPEN, pageable);
        Map<Long, FeedbackForm> answers = forms.findAllById(page.map(FollowUp::getFormId).toList()).stream()
                .collect(Collectors.toMap(FeedbackForm::getId, Function.identity()));
        Map<Long, String> organisations = names.names(page.map(FollowUp::getOrganisationId).toList());
        Set<Long> managerIds = new HashSet<>(page.map(FollowUp::getAccountManagerId).filter(Objects::nonNull)
                .toList());
        Map<Long, PersonOption> managers = names.people(managerIds);
        return page.map(followUp -> {
            FeedbackForm form = answers.get(followUp.getFormId());
            Long managerId = followUp.getAccountManagerId();
            return new FollowUpRow(followUp.getId(), followUp.getVersion(),
                    organisations.getOrDefault(followUp.getOrganisationId(), ""),
                    managerId == null || !managers.containsKey(managerId) ? null : managers.get(managerId).displayName(),
                    followUp.getState(), followUp.getOpenedAt(), form.getKind(), form.getTitle(),
                    form.getScore() == null ? 0 : form.getScore(), form.getComment(), followUp.getNote());
        });
    }

    /** How many follow-ups are open. */
    @TeamOnly
    public long openCount() {
        return followUps.countByState(FollowUpState.OPEN);
    }

    /** Marks a follow-up done, with what was done about it. */
    @TeamOnly
    @Transactional
    public void done(long followUpId, @Nullable String note, long expectedVersion) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> scope.notFound("feedback.follow-up.done", "FollowUp", followUpId));
        followUp.requireVersion(expectedVersion);
        if (followUp.getState() == FollowUpState.DONE) {
            throw new RejectedInputException("note", "feedback.error.follow-up-done");
        }
        String text = TextRules.optionalOrNull("note", note, NOTE_MAX);
        followUp.done(currentUser.require().accountId(), text, clock.instant());
        followUps.saveAndFlush(followUp);
        events.publishEvent(new AdministrativeChange("feedback.follow-up.done", "FollowUp", followUpId,
                followUp.getOrganisationId(), FollowUpState.OPEN.name(), FollowUpState.DONE.name()));
    }
}
