package app.ponte.notification.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.ViewerTime;
import app.ponte.notification.MailOutbox;
import app.ponte.notification.OutboxEntry;
import app.ponte.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The e-mail outbox, for admins of a demo installation: what was (or will be) sent, to whom, and whether it
 * went out. Links are always hidden, since they open accounts; elsewhere the outbox stays closed.
 */
@Route("outbox")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, icon = "vaadin:envelopes-o", title = "nav.outbox")
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID_ID = "outbox-grid";
    static final String CLOSED_ID = "outbox-closed";

    final Grid<OutboxEntry> grid = new Grid<>();

    OutboxView(MailOutbox outbox, ViewerTime viewerTime) {
        setSizeFull();
        if (!outbox.isReadable()) {
            var closed = new Paragraph(getTranslation("outbox.closed"));
            closed.setId(CLOSED_ID);
            add(closed);
            return;
        }
        grid.setId(GRID_ID);
        grid.addColumn(m -> viewerTime.format(m.createdAt(), getLocale())).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
        // Marked with the recipient's language: a screen reader reads it right, and it is not the page's.
        grid.addColumn(LitRenderer.<OutboxEntry>of("<span lang=\"${item.language}\">${item.subject}</span>")
                        .withProperty("language", OutboxEntry::language).withProperty("subject", OutboxEntry::subject))
                .setHeader(getTranslation("outbox.subject")).setKey("subject").setFlexGrow(2);
        // Each message is written in its recipient's language: the column says which, so mixed subjects read right.
        grid.addColumn(OutboxEntry::language).setHeader(getTranslation("outbox.language")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.status().labelKey())).setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::message));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> outbox.list(toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(new Paragraph(getTranslation("outbox.intro")), new Paragraph(getTranslation("outbox.links-hidden")),
                grid);
    }

    /** The whole message (its text; the HTML alternative says the same), its lines wrapped, and its files' names. */
    Pre message(OutboxEntry m) {
        var text = new Pre(m.body() + (m.lastError() == null ? "" : "\n\n" + m.lastError()));
        text.addClassName("outbox-message");
        text.getElement().setAttribute("lang", m.language());
        if (!m.attachments().isEmpty()) {
            // The label is the admin's language, inside a message in the recipient's: marked as such.
            var files = new Span("\n\n" + getTranslation("outbox.attachments", String.join(", ", m.attachments())));
            files.getElement().setAttribute("lang", getLocale().toLanguageTag());
            text.add(files);
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
