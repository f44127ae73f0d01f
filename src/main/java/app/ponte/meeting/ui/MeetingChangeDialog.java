package app.ponte.meeting.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.MeetingSummary;
import app.ponte.meeting.Meetings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Moving (a new start, typed in the viewer's zone, with the organisation's clock shown beside it) or cancelling one
 * meeting, always with a reason both sides read. A change saved meanwhile by somebody else is said, the meeting
 * reloaded, and what was typed stays.
 */
class MeetingChangeDialog extends Dialog {

    final DateTimePicker start = new DateTimePicker();
    final TextArea reason = new TextArea();
    final Paragraph theirTime = new Paragraph();
    final FormMessage message = new FormMessage();
    final Button confirm = new Button();

    private final Meetings meetings;
    private final ViewerTime viewerTime;
    private final boolean cancelling;
    private final Runnable changed;
    private MeetingSummary meeting;

    MeetingChangeDialog(Meetings meetings, ViewerTime viewerTime, MeetingSummary meeting, boolean cancelling,
            Runnable changed) {
        this.meetings = meetings;
        this.viewerTime = viewerTime;
        this.meeting = meeting;
        this.cancelling = cancelling;
        this.changed = changed;
        addClassName("meeting-change-dialog");
        setHeaderTitle(getTranslation(cancelling ? "meeting.cancel.title" : "meeting.move.title",
                meeting.organisationName()));
        var about = new Paragraph(MeetingTimes.when(this, meeting, viewerTime, LocalisedFormats.currentLocale()));
        var form = new VerticalLayout(about);
        form.setPadding(false);
        if (!cancelling) {
            start.setLabel(getTranslation("meeting.move.start", viewerTime.zone().getId()));
            start.setLocale(LocalisedFormats.currentLocale());
            start.setValue(LocalDateTime.ofInstant(meeting.start(), viewerTime.zone()));
            start.setStep(Duration.ofMinutes(15));
            start.addValueChangeListener(e -> showTheirTime());
            theirTime.addClassName("meeting-their-time");
            form.add(start, theirTime);
            showTheirTime();
        }
        reason.setLabel(getTranslation(cancelling ? "meeting.cancel.reason" : "meeting.move.reason"));
        reason.setHelperText(getTranslation("meeting.change.reason-help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(app.ponte.base.Reason.MAX);
        reason.setWidthFull();
        form.add(reason, message);
        add(form);
        confirm.setText(getTranslation(cancelling ? "meeting.cancel.confirm" : "meeting.move.confirm"));
        confirm.addThemeVariants(cancelling ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }

    private void showTheirTime() {
        Instant chosen = chosenStart();
        if (chosen == null || meeting.zone().equals(viewerTime.zone())) {
            theirTime.setVisible(false);
            return;
        }
        theirTime.setVisible(true);
        theirTime.setText(getTranslation("meeting.move.their-time", meeting.zone().getId(),
                ViewerTime.moment(chosen, meeting.zone(), LocalisedFormats.currentLocale())));
    }

    private @Nullable Instant chosenStart() {
        return start.getValue() == null ? null : start.getValue().atZone(viewerTime.zone()).toInstant();
    }

    private void save() {
        var refusals = new FieldRefusals(Map.of("start", start, "reason", reason), message)
                .whenChangedMeanwhile(() -> {
                    meeting = meetings.summary(meeting.id());
                    message.say(getTranslation("meeting.change.changed-meanwhile",
                            getTranslation(meeting.state().labelKey()),
                            MeetingTimes.when(this, meeting, viewerTime, LocalisedFormats.currentLocale())));
                });
        boolean saved = refusals.attempt(() -> {
            if (cancelling) {
                meetings.cancel(meeting.id(), reason.getValue(), meeting.version());
            } else {
                meetings.move(meeting.id(), chosenStart(), reason.getValue(), meeting.version());
            }
        });
        if (saved) {
            Toasts.done(getTranslation(cancelling ? "meeting.cancel.done" : "meeting.move.done"));
            close();
            changed.run();
        }
    }
}
