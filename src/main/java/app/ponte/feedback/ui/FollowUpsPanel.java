package app.ponte.feedback.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.feedback.FeedbackKind;
import app.ponte.feedback.FollowUpRow;
import app.ponte.feedback.FollowUps;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** The open follow-ups of low answers, oldest first; the account manager (any team member) marks one done. */
class FollowUpsPanel extends VerticalLayout {

    static final String GRID_ID = "satisfaction-follow-ups";
    static final String DONE_PREFIX = "follow-up-done-";
    static final String NOTE_ID = "follow-up-note";
    static final String CONFIRM_ID = "follow-up-confirm";

    final Grid<FollowUpRow> grid = new Grid<>();
    private final FollowUps followUps;
    private final ViewerTime viewerTime;

    FollowUpsPanel(FollowUps followUps, ViewerTime viewerTime) {
        this.followUps = followUps;
        this.viewerTime = viewerTime;
        setPadding(false);
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::card).setHeader(getTranslation("feedback.follow-up.open"));
        grid.setMinHeight("20rem");
        grid.setEmptyStateText(getTranslation("feedback.follow-up.none"));
        add(new Paragraph(getTranslation("feedback.follow-up.help")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> followUps.open(toSpringPageRequest(query)).stream());
    }

    private Div card(FollowUpRow row) {
        var locale = LocalisedFormats.currentLocale();
        var card = new Div();
        card.addClassName("feedback-follow-up");
        String about = row.kind() == FeedbackKind.DELIVERY
                ? getTranslation("feedback.answer.delivery", row.title())
                : getTranslation("feedback.answer.survey");
        String score = row.kind() == FeedbackKind.DELIVERY ? getTranslation("feedback.answer.rating", row.score())
                : getTranslation("feedback.answer.score", row.score());
        card.add(new Paragraph(row.organisationName() + " · " + about + " · " + score));
        if (row.comment() != null) {
            var comment = new Paragraph(row.comment());
            comment.addClassName("feedback-answer-comment");
            card.add(comment);
        }
        card.add(new Paragraph(getTranslation("feedback.follow-up.opened", viewerTime.format(row.openedAt(), locale),
                row.accountManagerName() == null ? getTranslation("feedback.follow-up.no-manager")
                        : row.accountManagerName())));
        var done = new Button(getTranslation("feedback.follow-up.mark-done"), e -> confirm(row));
        done.setId(DONE_PREFIX + row.id());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        card.add(done);
        return card;
    }

    private void confirm(FollowUpRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("feedback.follow-up.mark-done"));
        var note = new TextArea(getTranslation("feedback.follow-up.note"));
        note.setId(NOTE_ID);
        note.setMaxLength(FollowUps.NOTE_MAX);
        note.setWidthFull();
        var refusals = new FieldRefusals(Map.of("note", note), note).whenChangedMeanwhile(() -> {
            Toasts.info(getTranslation("feedback.follow-up.changed"));
            dialog.close();
            refresh();
        });
        var save = new Button(getTranslation("feedback.follow-up.save"), e -> {
            if (refusals.attempt(() -> followUps.done(row.id(), note.getValue(), row.version()))) {
                dialog.close();
                Toasts.done(getTranslation("feedback.follow-up.saved"));
                refresh();
            }
        });
        save.setId(CONFIRM_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("feedback.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
