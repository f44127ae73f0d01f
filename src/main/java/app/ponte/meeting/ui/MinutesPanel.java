package app.ponte.meeting.ui;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.MeetingPage;
import app.ponte.meeting.Minutes;
import app.ponte.meeting.MinutesText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The minutes: the team edits the public and the internal notes (a save on a stale copy is refused, the page says
 * who saved meanwhile, shows their text and keeps what was typed); anybody else reads the public notes only.
 */
class MinutesPanel extends VerticalLayout {

    static final String CONFLICT_ID = "minutes-conflict";

    final TextArea publicNotes = new TextArea();
    final TextArea internalNotes = new TextArea();
    final Button save = new Button();
    final Paragraph conflict = new Paragraph();
    private final Div theirs = new Div();
    private final Paragraph readOnly = new Paragraph();
    private final Paragraph lastSaved = new Paragraph();
    private final Minutes minutes;
    private final ViewerTime viewerTime;
    private final LongFunction<MeetingPage> reload;
    private long meetingId;
    private @Nullable Long loadedVersion;

    MinutesPanel(Minutes minutes, ViewerTime viewerTime, boolean team, LongFunction<MeetingPage> reload) {
        this.minutes = minutes;
        this.viewerTime = viewerTime;
        this.reload = reload;
        setPadding(false);
        addClassName("meeting-minutes");
        add(new H3(getTranslation("meeting.minutes.heading")));
        if (team) {
            publicNotes.setLabel(getTranslation("meeting.minutes.public"));
            publicNotes.setHelperText(getTranslation("meeting.minutes.public-help"));
            internalNotes.setLabel(getTranslation("meeting.minutes.internal"));
            internalNotes.setHelperText(getTranslation("meeting.minutes.internal-help"));
            internalNotes.addClassName("internal-notes");
            for (TextArea area : new TextArea[] {publicNotes, internalNotes}) {
                area.setWidthFull();
                area.setMaxLength(4000);
                area.setMinHeight("8rem");
            }
            save.setText(getTranslation("meeting.minutes.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            conflict.setId(CONFLICT_ID);
            conflict.addClassName("conflict");
            conflict.setVisible(false);
            theirs.addClassName("minutes-theirs");
            theirs.setVisible(false);
            add(conflict, publicNotes, internalNotes, save, theirs, lastSaved);
        } else {
            readOnly.addClassName("minutes-text");
            add(readOnly, lastSaved);
        }
    }

    void show(MeetingPage page) {
        meetingId = page.id();
        MinutesText text = page.minutes();
        loadedVersion = text.version();
        publicNotes.setValue(text.publicNotes());
        internalNotes.setValue(text.internalNotes() == null ? "" : text.internalNotes());
        readOnly.setText(text.publicNotes().isEmpty() ? getTranslation("meeting.minutes.none") : text.publicNotes());
        showSaved(text);
    }

    private void showSaved(MinutesText text) {
        lastSaved.setVisible(text.savedAt() != null);
        if (text.savedAt() != null) {
            lastSaved.setText(getTranslation("meeting.minutes.saved-by", text.lastEditorName(),
                    viewerTime.format(text.savedAt(), getLocale())));
        }
    }

    private void save() {
        var refusals = new FieldRefusals(Map.of("public", publicNotes, "internal", internalNotes), publicNotes)
                .whenChangedMeanwhile(this::changedMeanwhile);
        if (refusals.attempt(() -> {
            MinutesText saved = minutes.save(meetingId, publicNotes.getValue(), internalNotes.getValue(),
                    loadedVersion);
            loadedVersion = saved.version();
            showSaved(saved);
        })) {
            conflict.setVisible(false);
            theirs.setVisible(false);
            Toasts.done(getTranslation("meeting.minutes.saved"));
        }
    }

    /** Somebody saved since this copy was loaded: say who, show their text, keep ours; saving again keeps ours. */
    private void changedMeanwhile() {
        MinutesText current = reload.apply(meetingId).minutes();
        loadedVersion = current.version();
        conflict.setText(getTranslation("meeting.minutes.changed-by", current.lastEditorName()));
        conflict.setVisible(true);
        theirs.removeAll();
        theirs.add(new H4(getTranslation("meeting.minutes.theirs")),
                new Paragraph(current.publicNotes()), new Paragraph(current.internalNotes()));
        theirs.setVisible(true);
        showSaved(current);
    }
}
