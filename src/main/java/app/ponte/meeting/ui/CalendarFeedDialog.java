package app.ponte.meeting.ui;

import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.CalendarFeeds;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in person's calendar feed: the secret address calendar apps subscribe to. Only its hash is kept, so the
 * address is shown when it is made; "new address" replaces it (the old one stops) and "stop the feed" ends it, each
 * confirmed. For the lead to open from the meetings page or the profile.
 */
public class CalendarFeedDialog extends Dialog {

    static final String ADDRESS_ID = "calendar-feed-address";

    private final CalendarFeeds feeds;
    private final ViewerTime viewerTime;
    private final Paragraph state = new Paragraph();
    final TextField address = new TextField();
    final Button renew = new Button();
    final Button stop = new Button();

    public CalendarFeedDialog(CalendarFeeds feeds, ViewerTime viewerTime) {
        this.feeds = feeds;
        this.viewerTime = viewerTime;
        setHeaderTitle(getTranslation("calendar.feed.title"));
        address.setId(ADDRESS_ID);
        address.setLabel(getTranslation("calendar.feed.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        var copy = new Button(getTranslation("calendar.feed.copy"),
                e -> getElement().executeJs("return navigator.clipboard.writeText($0)", address.getValue())
                        .then(ok -> Toasts.done(getTranslation("calendar.feed.copied"))));
        copy.setVisible(false);
        address.addValueChangeListener(e -> copy.setVisible(!e.getValue().isEmpty()));
        renew.addClickListener(e -> confirmRenew());
        stop.setText(getTranslation("calendar.feed.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> confirmStop());
        add(new Paragraph(getTranslation("calendar.feed.intro")), state, address, copy);
        var close = new Button(getTranslation("calendar.feed.close"), e -> close());
        getFooter().add(new HorizontalLayout(stop, renew, close));
        setWidth("min(40rem, 95vw)");
        refresh();
    }

    private void refresh() {
        Optional<Instant> since = feeds.myFeedSince();
        state.setText(since.map(at -> getTranslation("calendar.feed.active", viewerTime.format(at, getLocale())))
                .orElseGet(() -> getTranslation("calendar.feed.none")));
        renew.setText(getTranslation(since.isPresent() ? "calendar.feed.renew" : "calendar.feed.create"));
        stop.setEnabled(since.isPresent());
    }

    private void confirmRenew() {
        if (feeds.myFeedSince().isEmpty()) {
            show(feeds.newAddress());
            return;
        }
        confirm("calendar.feed.confirm.renew", "calendar.feed.renew", () -> show(feeds.newAddress()));
    }

    private void confirmStop() {
        confirm("calendar.feed.confirm.stop", "calendar.feed.stop", () -> {
            feeds.stop();
            address.clear();
            address.setVisible(false);
            Toasts.done(getTranslation("calendar.feed.stopped"));
            refresh();
        });
    }

    private void show(String newAddress) {
        address.setValue(newAddress);
        address.setVisible(true);
        refresh();
    }

    private void confirm(String textKey, String confirmKey, Runnable action) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("calendar.feed.title"));
        dialog.setText(getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }
}
