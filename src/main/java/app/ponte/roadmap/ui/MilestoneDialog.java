package app.ponte.roadmap.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.Reason;
import app.ponte.base.ui.Days;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.ViewerTime;
import app.ponte.planning.PlannedWork;
import app.ponte.roadmap.DateProposal;
import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.MilestoneDraft;
import app.ponte.roadmap.MilestonePlan;
import app.ponte.security.NotFoundInScopeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A milestone as the team plans it: what it delivers, the accepted requests linked to it, the dates Ponte
 * proposes from the schedule and the effort range of their assessments; committing a date (a reason when
 * it lies outside the proposal or changes a promise) and marking it delivered; public or read only by the
 * organisations whose requests it delivers. Typed text survives refusals; text naming organisations another
 * organisation would read is confirmed first.
 */
class MilestoneDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea delivers = new TextArea();
    final Checkbox publicItem = new Checkbox();
    final Button save = new Button();
    final IntegerField request = new IntegerField();
    final Button link = new Button();
    final Paragraph proposal = new Paragraph();
    final Paragraph effort = new Paragraph();
    final UnorderedList requests = new UnorderedList();
    final DatePicker date = LocalisedDatePicker.localise(new DatePicker());
    final TextArea reason = new TextArea();
    final Button commit = new Button();
    final DatePicker deliveredOn = LocalisedDatePicker.localise(new DatePicker());
    final Button deliver = new Button();
    final Span message = new Span();

    private final RoadmapChanges roadmap;
    private final ViewerTime viewerTime;
    private final Runnable changed;
    private @Nullable InitiativeOverview initiative;
    private @Nullable MilestonePlan plan;

    MilestoneDialog(RoadmapChanges roadmap, ViewerTime viewerTime, Runnable changed) {
        this.roadmap = roadmap;
        this.viewerTime = viewerTime;
        this.changed = changed;
        title.setLabel(getTranslation("roadmap.field.milestone"));
        title.setId("milestone-title");
        title.setMaxLength(200);
        title.setWidthFull();
        delivers.setLabel(getTranslation("roadmap.field.delivers"));
        delivers.setId("milestone-delivers");
        delivers.setMaxLength(1000);
        delivers.setWidthFull();
        publicItem.setLabel(getTranslation("roadmap.field.milestone-public"));
        publicItem.setId("milestone-public");
        save.setText(getTranslation("roadmap.save"));
        save.setId("milestone-save");
        save.addClickListener(e -> save());
        request.setLabel(getTranslation("roadmap.field.request"));
        request.setId("milestone-request");
        request.setMin(1);
        link.setText(getTranslation("roadmap.link"));
        link.setId("milestone-link");
        link.addClickListener(e -> act(p -> roadmap.scope().link(p.milestone().id(), request.getValue() == null ? -1
                : request.getValue()), false, "roadmap.done.request-linked"));
        date.setLabel(getTranslation("roadmap.field.date"));
        date.setId("milestone-date");
        reason.setLabel(getTranslation("roadmap.field.reason"));
        reason.setId("milestone-reason");
        reason.setMaxLength(Reason.MAX);
        reason.setWidthFull();
        commit.setText(getTranslation("roadmap.commit"));
        commit.setId("milestone-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> commitDate());
        deliveredOn.setLabel(getTranslation("roadmap.field.delivered-on"));
        deliveredOn.setId("milestone-delivered-on");
        deliver.setText(getTranslation("roadmap.deliver"));
        deliver.setId("milestone-deliver");
        deliver.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        deliver.addClickListener(e -> act(p -> roadmap.deliveries().deliver(p.milestone().id(), deliveredOn.getValue(),
                p.milestone().version()), true, "roadmap.done.delivered"));
        getFooter().add(new Button(getTranslation("roadmap.close"), e -> close()));
        setWidth("44rem");
    }

    /** A new milestone of the initiative: its name and what it delivers, planned once saved. */
    void create(InitiativeOverview of) {
        this.initiative = of;
        setHeaderTitle(getTranslation("roadmap.add-milestone-to", of.title()));
        add(title, delivers, publicItem, message);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(save);
        open();
    }

    void open(InitiativeOverview of, InitiativeOverview.MilestoneOverview milestone) {
        this.initiative = of;
        setHeaderTitle(of.title() + ": " + milestone.title());
        title.setValue(milestone.title());
        delivers.setValue(milestone.delivers());
        publicItem.setValue(milestone.publicItem());
        var linking = row(request, link);
        var committing = row(date, commit);
        var delivering = row(deliveredOn, deliver);
        add(title, delivers, publicItem, save, new H4(getTranslation("roadmap.requests")), requests, linking,
                new H4(getTranslation("roadmap.dates")), proposal, effort, committing, reason, delivering, message);
        refresh(milestone.id());
        date.setValue(milestone.committedOn() != null ? milestone.committedOn()
                : plan == null || plan.proposal() == null ? null : plan.proposal().likely());
        deliveredOn.setValue(LocalDate.now(viewerTime.clock().withZone(viewerTime.zone())));
        open();
    }

    private void refresh(long milestoneId) {
        plan = roadmap.dates().plan(milestoneId);
        DateProposal proposed = plan.proposal();
        proposal.setText(proposed == null ? getTranslation("roadmap.no-proposal")
                : getTranslation("roadmap.proposal", Days.format(proposed.likely(), getLocale()),
                        Days.format(proposed.latest(), getLocale())));
        effort.setText(effortText(plan));
        DeliveryStatus status = plan.milestone().status();
        boolean open = status != DeliveryStatus.DELIVERED && status != DeliveryStatus.CANCELLED;
        requests.removeAll();
        for (PlannedWork work : plan.requests()) {
            var item = new ListItem(new Anchor("requests/" + work.requestId(),
                    LocalisedFormats.request(this, work.requestId(), work.title())), new Span(" · " + getTranslation("roadmap.finishes",
                    Days.format(work.plannedFinish(), getLocale()), Days.format(work.latestFinish(), getLocale()))));
            if (open) {
                item.add(takeOutButton(plan, work));
            }
            requests.add(item);
        }
        commit.setEnabled(open);
        deliver.setEnabled(open);
        link.setEnabled(open);
    }

    /**
     * The effort range summed over the assessed requests; ideas and bugs are planned without an assessment,
     * so the text says how many requests the range covers rather than show "0 to 0 days".
     */
    private String effortText(MilestonePlan of) {
        long assessed = of.requests().stream().filter(work -> work.effortLikely() != null).count();
        if (assessed == 0) {
            return getTranslation("roadmap.effort-none");
        }
        String range = getTranslation("roadmap.effort", LocalisedFormats.amount(of.effortLikely(), getLocale()),
                LocalisedFormats.amount(of.effortPessimistic(), getLocale()));
        return assessed == of.requests().size() ? range
                : range + " " + getTranslation("roadmap.effort-partial", assessed, of.requests().size());
    }

    private Button takeOutButton(MilestonePlan of, PlannedWork work) {
        var button = new Button(getTranslation("roadmap.take-out"), e -> takeOut(of, work));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        button.setId("take-out-" + work.requestId());
        button.addClassName("take-out");
        return button;
    }

    /** The take-out dialog for a linked request; once it is out, the plan and the page refresh. */
    TakeOutDialog takeOut(MilestonePlan of, PlannedWork work) {
        var dialog = new TakeOutDialog(roadmap, of, work, () -> {
            changed.run();
            refresh(of.milestone().id());
            message.setText(getTranslation("roadmap.saved"));
            Toasts.done(getTranslation("roadmap.done.taken-out"));
        });
        dialog.open();
        return dialog;
    }

    private void save() {
        var draft = new MilestoneDraft(title.getValue(), delivers.getValue(), publicItem.getValue());
        long initiativeId = Objects.requireNonNull(initiative).id();
        @Nullable Long milestoneId = plan == null ? null : plan.milestone().id();
        MentionCheck.thenSave(this, () -> roadmap.mentions().inMilestone(initiativeId, milestoneId, draft.publicItem(),
                draft.title(), draft.delivers()), () -> {
                    if (milestoneId == null) {
                        act(p -> roadmap.initiatives().addMilestone(initiativeId, draft), true,
                                "roadmap.done.milestone-added");
                    } else {
                        act(p -> roadmap.initiatives().editMilestone(milestoneId, draft, version()), false,
                                "roadmap.done.milestone-saved");
                    }
                });
    }

    /** Commits the date; its reason is read by the milestone's readers, so names in it are confirmed first. */
    private void commitDate() {
        MilestonePlan current = Objects.requireNonNull(plan);
        String why = reason.getValue();
        MentionCheck.thenSave(this, () -> roadmap.mentions().inMilestone(Objects.requireNonNull(initiative).id(),
                current.milestone().id(), current.milestone().publicItem(), why),
                () -> act(p -> roadmap.dates().commit(current.milestone().id(), date.getValue(), why, version()),
                        true, "roadmap.done.date-committed"));
    }

    /** The milestone's version as this dialog last read it. */
    private long version() {
        return Objects.requireNonNull(plan).milestone().version();
    }

    /**
     * Runs a change; on success the page refreshes, a toast says what happened ({@code said}), and the dialog
     * closes when {@code done} or stays updated.
     */
    private void act(java.util.function.Consumer<@Nullable MilestonePlan> action, boolean done, String said) {
        var refusals = new FieldRefusals(Map.of("title", title, "delivers", delivers, "request", request,
                "date", date, "reason", reason, "deliveredOn", deliveredOn), title)
                .whenChangedMeanwhile(() -> message.setText(getTranslation("roadmap.changed-meanwhile")));
        boolean saved;
        try {
            message.setText("");
            saved = refusals.attempt(() -> action.accept(plan));
        } catch (NotFoundInScopeException e) {
            request.setErrorMessage(getTranslation("roadmap.error.request-not-found"));
            request.setInvalid(true);
            return;
        }
        if (!saved) {
            return;
        }
        changed.run();
        Toasts.done(getTranslation(said));
        if (done || plan == null) {
            close();
        } else {
            request.clear();
            refresh(plan.milestone().id());
            message.setText(getTranslation("roadmap.saved"));
        }
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        var row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
