package app.ponte.meeting.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.Toasts;
import app.ponte.meeting.CadenceAdvice;
import app.ponte.meeting.MeetingPerson;
import app.ponte.meeting.ReviewSeries;
import app.ponte.meeting.SeriesDetails;
import app.ponte.meeting.SeriesDraft;
import app.ponte.meeting.SeriesRule;
import app.ponte.organisation.ReviewCadence;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's review series, edited: the rule read in the organisation's zone, the attendees of both sides,
 * and under it where the two sides' working hours meet that day with the hour Ponte proposes (one click takes it).
 * Without shared hours, or at a time outside them, the save is refused on that field unless "meet outside working
 * hours" is ticked knowingly. Saved on its own, apart from the organisation's other settings.
 */
class CadenceForm extends Div {

    final Select<ReviewCadence> cadence = new Select<>();
    final Select<DayOfWeek> day = new Select<>();
    final Select<Integer> weekOfMonth = new Select<>();
    final TimePicker time = new TimePicker();
    final IntegerField length = new IntegerField();
    final DatePicker firstDay = new DatePicker();
    final Checkbox active = new Checkbox();
    final MultiSelectComboBox<MeetingPerson> attendees = new MultiSelectComboBox<>();
    final Paragraph advice = new Paragraph();
    final Button useProposed = new Button();
    final Checkbox outsideWorkingHours = new Checkbox();
    final FormMessage message = new FormMessage();
    final Button save = new Button();

    private final ReviewSeries reviewSeries;
    private final long organisationId;
    private @Nullable Long version;
    private @Nullable CadenceAdvice shown;

    CadenceForm(ReviewSeries reviewSeries, long organisationId) {
        this.reviewSeries = reviewSeries;
        this.organisationId = organisationId;
        addClassName("cadence-section");
        var locale = LocalisedFormats.currentLocale();
        SeriesDetails details = reviewSeries.series(organisationId);
        add(new H3(getTranslation("meeting.cadence.heading")));
        add(new Paragraph(getTranslation("meeting.cadence.intro", details.zone().getId())));
        cadence.setLabel(getTranslation("meeting.cadence.cadence"));
        cadence.setItems(ReviewCadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        day.setLabel(getTranslation("meeting.cadence.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, locale));
        weekOfMonth.setLabel(getTranslation("meeting.cadence.week-of-month"));
        weekOfMonth.setItems(1, 2, 3, 4, SeriesRule.LAST_WEEK);
        weekOfMonth.setItemLabelGenerator(w -> getTranslation("meeting.cadence.week." + w));
        time.setLabel(getTranslation("meeting.cadence.time", details.zone().getId()));
        time.setLocale(locale);
        time.setStep(Duration.ofMinutes(15));
        length.setLabel(getTranslation("meeting.length"));
        length.setStep(15);
        length.setStepButtonsVisible(true);
        firstDay.setLabel(getTranslation("meeting.cadence.first-day"));
        LocalisedDatePicker.localise(firstDay);
        active.setLabel(getTranslation("meeting.cadence.active"));
        attendees.setLabel(getTranslation("meeting.cadence.attendees"));
        List<MeetingPerson> choices = reviewSeries.attendeeChoices(organisationId);
        attendees.setItems(choices);
        attendees.setItemLabelGenerator(p -> getTranslation(p.teamSide() ? "meeting.person.team"
                : "meeting.person.organisation", p.displayName()));
        attendees.setHelperText(getTranslation("meeting.participants-help"));
        advice.addClassName("cadence-advice");
        useProposed.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        useProposed.addClickListener(e -> {
            if (shown != null && shown.proposedStart() != null) {
                time.setValue(shown.proposedStart());
            }
        });
        outsideWorkingHours.setLabel(getTranslation("meeting.cadence.outside-working-hours"));
        var form = new FormLayout(cadence, day, weekOfMonth, time, length, firstDay, attendees, active);
        form.setColspan(attendees, 2);
        add(form, advice, useProposed, outsideWorkingHours, message);
        save.setText(getTranslation("meeting.cadence.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(save);
        show(details, choices);
        cadence.addValueChangeListener(e -> ruleChanged());
        day.addValueChangeListener(e -> ruleChanged());
        weekOfMonth.addValueChangeListener(e -> ruleChanged());
        length.addValueChangeListener(e -> ruleChanged());
        firstDay.addValueChangeListener(e -> ruleChanged());
        ruleChanged();
    }

    private void show(SeriesDetails details, List<MeetingPerson> choices) {
        version = details.version();
        SeriesDraft draft = details.draft();
        cadence.setValue(draft.cadence());
        day.setValue(draft.dayOfWeek());
        weekOfMonth.setValue(draft.weekOfMonth() == null ? Integer.valueOf(1) : draft.weekOfMonth());
        time.setValue(draft.localTime());
        length.setValue(draft.lengthMinutes());
        firstDay.setValue(draft.firstDay());
        active.setValue(draft.active());
        attendees.setValue(choices.stream().filter(p -> draft.attendeeIds().contains(p.accountId()))
                .collect(Collectors.toSet()));
    }

    private void ruleChanged() {
        weekOfMonth.setVisible(cadence.getValue() != null && SeriesRule.monthly(cadence.getValue()));
        shown = reviewSeries.advice(organisationId, draft());
        var locale = LocalisedFormats.currentLocale();
        String dayText = LocalisedFormats.day(shown.day(), locale);
        if (!shown.hasOverlap()) {
            advice.setText(getTranslation("meeting.cadence.no-overlap", dayText));
            advice.addClassName("cadence-warning");
            useProposed.setVisible(false);
            return;
        }
        advice.removeClassName("cadence-warning");
        String windows = shown.windows().stream().map(w -> w.startTime() + "–" + w.endTime())
                .collect(Collectors.joining(", "));
        if (shown.proposedStart() == null) {
            advice.setText(getTranslation("meeting.cadence.overlap-too-short", dayText, windows));
            advice.addClassName("cadence-warning");
            useProposed.setVisible(false);
        } else {
            advice.setText(getTranslation("meeting.cadence.overlap", dayText, windows));
            useProposed.setText(getTranslation("meeting.cadence.use-proposed", shown.proposedStart().toString()));
            useProposed.setVisible(true);
        }
    }

    private SeriesDraft draft() {
        Set<Long> people = attendees.getValue().stream().map(MeetingPerson::accountId).collect(Collectors.toSet());
        return new SeriesDraft(cadence.getValue(), day.getValue(), weekOfMonth.getValue(), time.getValue(),
                length.getValue() == null ? 0 : length.getValue(), firstDay.getValue(), active.getValue(), people,
                outsideWorkingHours.getValue());
    }

    private void save() {
        var refusals = new FieldRefusals(Map.of("cadence", cadence, "dayOfWeek", day, "weekOfMonth", weekOfMonth,
                "localTime", time, "lengthMinutes", length, "firstDay", firstDay, "attendees", attendees), message)
                .whenChangedMeanwhile(() -> {
                    version = reviewSeries.series(organisationId).version();
                    message.say(getTranslation("meeting.cadence.changed-meanwhile"));
                });
        boolean saved = refusals.attempt(() -> version = reviewSeries.save(organisationId, draft(), version)
                .version());
        if (saved) {
            Toasts.done(getTranslation("meeting.cadence.saved"));
            outsideWorkingHours.setValue(false);
        }
    }
}
