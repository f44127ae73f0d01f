package app.ponte.notification.ui;

import app.ponte.base.NotificationLine;
import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.ViewerTime;
import app.ponte.notification.ChannelChoice;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything Ponte told the signed-in person lately, and how they want to be told: per event, in the
 * app and/or by e-mail. Every choice is saved as it is made. Unread lines stand out (a badge, bold, a mark
 * at the row's edge) and every line is shown whole, wrapped.
 */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 100;
    static final String UNREAD_PART = "notification-unread-row";

    final Grid<NotificationLine> latest = new Grid<>();
    final Button markAllRead = new Button();
    final Map<NotificationEvent, Checkbox> inApp = new EnumMap<>(NotificationEvent.class);
    final Map<NotificationEvent, Checkbox> byEmail = new EnumMap<>(NotificationEvent.class);

    private final NotificationCenter center;
    final Grid.Column<NotificationLine> card;

    NotificationsView(NotificationCenter center, ViewerTime viewerTime) {
        this.center = center;
        setMaxWidth("64rem");
        latest.setId("notifications-grid");
        latest.addColumn(line -> line.text(this::getTranslation)).setHeader(getTranslation("notifications.text"))
                .setFlexGrow(3);
        latest.addColumn(line -> viewerTime.format(line.createdAt(), getLocale()))
                .setHeader(getTranslation("notifications.when")).setAutoWidth(true).setFlexGrow(0);
        latest.addComponentColumn(this::state).setHeader(getTranslation("notifications.state")).setAutoWidth(true)
                .setFlexGrow(0);
        card = latest.addColumn(LitRenderer.<NotificationLine>of("""
                        <div class="notification-card"><div>${item.text}</div>\
                        <div class="notification-card-meta">${item.when} \
                        <span theme="${item.theme}">${item.state}</span></div></div>""")
                        .withProperty("text", line -> line.text(this::getTranslation))
                        .withProperty("when", line -> viewerTime.format(line.createdAt(), getLocale()))
                        .withProperty("state", this::stateText)
                        .withProperty("theme", NotificationsView::stateTheme))
                .setHeader(getTranslation("notifications.text"));
        card.setVisible(false);
        NarrowScreen.follow(this, card::isVisible, this::narrow);
        latest.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        latest.setPartNameGenerator(line -> line.read() ? null : UNREAD_PART);
        latest.addItemClickListener(e -> {
            center.markRead(e.getItem().id());
            getUI().ifPresent(ui -> ui.navigate(e.getItem().link()));
        });
        latest.setAllRowsVisible(true);
        markAllRead.setText(getTranslation("notifications.mark-all-read"));
        markAllRead.addClickListener(e -> {
            center.markAllRead();
            refresh();
        });

        var settings = new VerticalLayout();
        settings.setPadding(false);
        for (ChannelChoice choice : center.myChoices()) {
            var app = new Checkbox(getTranslation("notifications.in-app"), choice.inApp());
            var mail = new Checkbox(getTranslation("notifications.by-email"), choice.byEmail());
            inApp.put(choice.event(), app);
            byEmail.put(choice.event(), mail);
            app.addValueChangeListener(e -> save(choice.event()));
            mail.addValueChangeListener(e -> save(choice.event()));
            var line = new HorizontalLayout(new Span(getTranslation(choice.event().labelKey())), app, mail);
            line.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            line.setWrap(true); // on a phone the two boxes go under the event's words, each on one line
            settings.add(line);
        }
        add(new H2(getTranslation("notifications.latest")), markAllRead, latest,
                new H2(getTranslation("notifications.settings")), settings);
        refresh();
    }

    /** On a phone one card per notice (its text, when, read or not) instead of three squeezed columns. */
    void narrow(boolean narrow) {
        NarrowScreen.showCards(latest, card, narrow);
    }

    private Span state(NotificationLine line) {
        var state = new Span(stateText(line));
        state.getElement().getThemeList().add(stateTheme(line));
        return state;
    }

    private String stateText(NotificationLine line) {
        return getTranslation(line.read() ? "notifications.read" : "notifications.unread");
    }

    private static String stateTheme(NotificationLine line) {
        return line.read() ? "badge contrast small" : "badge primary small";
    }

    private void save(NotificationEvent event) {
        center.choose(event, inApp.get(event).getValue(), byEmail.get(event).getValue());
    }

    private void refresh() {
        latest.setItems(center.latest(SHOWN));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
