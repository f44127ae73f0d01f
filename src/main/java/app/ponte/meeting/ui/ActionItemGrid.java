package app.ponte.meeting.ui;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.Toasts;
import app.ponte.meeting.ActionItemRow;
import app.ponte.meeting.ActionItems;
import app.ponte.meeting.OwnerSide;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Action items in a grid: a done box each (read-only on the team's items unless the reader is the team; the service
 * checks again), the text
 * with its meeting, the owner and their side, the due day with "overdue"; one card per row below 600 px.
 */
class ActionItemGrid extends Grid<ActionItemRow> {

    private final ActionItems items;
    private final Runnable changed;
    private final boolean team;
    private final Grid.Column<ActionItemRow> card;
    private boolean narrow;

    ActionItemGrid(ActionItems items, boolean team, boolean showOrganisation, Runnable changed) {
        this.items = items;
        this.team = team;
        this.changed = changed;
        addClassName("action-item-grid");
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::doneBox).setHeader(getTranslation("meeting.item.done")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(this::what).setHeader(getTranslation("meeting.item.text")).setFlexGrow(3);
        addColumn(this::owner).setHeader(getTranslation("meeting.item.owner")).setFlexGrow(1);
        addComponentColumn(this::due).setHeader(getTranslation("meeting.item.due")).setAutoWidth(true);
        if (showOrganisation) {
            addColumn(ActionItemRow::organisationName).setHeader(getTranslation("meeting.item.organisation"));
        }
        card = addComponentColumn(this::card).setHeader(getTranslation("meeting.item.heading"));
        NarrowScreen.showCards(this, card, false);
        NarrowScreen.follow(this, () -> narrow, this::narrow);
    }

    private void narrow(boolean narrow) {
        this.narrow = narrow;
        NarrowScreen.showCards(this, card, narrow);
    }

    Checkbox doneBox(ActionItemRow row) {
        var box = new Checkbox(row.done());
        box.setAriaLabel(getTranslation("meeting.item.tick", row.text()));
        box.setReadOnly(!team && row.ownerSide() == OwnerSide.TEAM);
        box.addValueChangeListener(event -> {
            if (event.getValue() != row.done()) {
                tick(row, event.getValue());
            }
        });
        return box;
    }

    private void tick(ActionItemRow row, boolean done) {
        try {
            items.setDone(row.id(), done, row.version());
            Toasts.done(getTranslation(done ? "meeting.item.ticked" : "meeting.item.reopened", row.text()));
        } catch (ConcurrentEditException e) {
            Toasts.failed(getTranslation("meeting.item.changed-meanwhile"));
        } catch (RejectedInputException e) {
            Toasts.failed(getTranslation(e.messageKey(), e.arguments()));
        }
        changed.run();
    }

    private Component what(ActionItemRow row) {
        var link = new Anchor("meetings/" + row.meetingId(), row.text());
        link.addClassName("action-item-text");
        return link;
    }

    private String owner(ActionItemRow row) {
        return getTranslation(row.ownerSide() == OwnerSide.TEAM ? "meeting.item.owner.team"
                : "meeting.item.owner.organisation", row.ownerName(), row.organisationName());
    }

    private Component due(ActionItemRow row) {
        var day = new Span(LocalisedFormats.day(row.due(), getLocale()));
        if (!row.overdue()) {
            return day;
        }
        var overdue = new Span(getTranslation("meeting.item.overdue"));
        overdue.addClassName("action-item-overdue");
        var both = new Div(day, new Span(" "), overdue);
        return both;
    }

    private Component card(ActionItemRow row) {
        var box = doneBox(row);
        var text = new Div(what(row));
        var details = new Div(new Span(owner(row)), new Span(" · "), due(row));
        details.addClassName("action-item-card-details");
        var cardBody = new Div(box, text, details);
        cardBody.addClassName("action-item-card");
        return cardBody;
    }
}
