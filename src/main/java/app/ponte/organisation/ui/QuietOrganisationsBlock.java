package app.ponte.organisation.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.HealthRow;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * Organisations without a review or any contact for N days (N chosen on the card, 30 at first, kept for the
 * session): each with its days since the last review and since the last contact, leading to the organisation. The
 * values are the relationship health list's, computed by its recompute: the card says when.
 */
@org.springframework.stereotype.Component
class QuietOrganisationsBlock implements DashboardBlock {

    static final String ID = "dashboard-organisation-quiet";
    static final String REVIEW = "meetings.days-since-review";
    static final String CONTACT = "requests.days-since-contact";
    static final int DEFAULT_DAYS = 30;
    static final int SHOWN = 10;
    /** The session attribute keeping the administrator's N. */
    static final String DAYS_KEPT = QuietOrganisationsBlock.class.getName() + ".days";

    private final QuietOrganisations quiet;
    private final ViewerTime viewerTime;

    QuietOrganisationsBlock(QuietOrganisations quiet, ViewerTime viewerTime) {
        this.quiet = quiet;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.ADMIN);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        if (audience != DashboardAudience.ADMIN) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.admin.quiet.title"));
        IntegerField days = new IntegerField(ui.getTranslation("dashboard.admin.quiet.days"));
        days.setId(ID + "-days");
        days.setMin(1);
        days.setMax(3650);
        days.setStepButtonsVisible(true);
        days.setValue(keptDays());
        Div rows = new Div();
        rows.setId(ID + "-rows");
        days.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() >= 1 && change.getValue() <= 3650) {
                VaadinSession.getCurrent().setAttribute(DAYS_KEPT, change.getValue());
                show(rows, change.getValue(), ui);
            }
        });
        show(rows, days.getValue(), ui);
        card.with(days, rows);
        quiet.computedAt().ifPresent(at -> card.computedAt(at, viewerTime));
        card.withLink(ui.getTranslation("dashboard.admin.quiet.link"), "organisations");
        return Optional.of(card);
    }

    private static int keptDays() {
        return VaadinSession.getCurrent().getAttribute(DAYS_KEPT) instanceof Integer kept ? kept : DEFAULT_DAYS;
    }

    private void show(Div rows, int days, UI ui) {
        rows.removeAll();
        Slice<HealthRow> page = quiet.quiet(days, PageRequest.of(0, SHOWN));
        if (page.isEmpty()) {
            rows.add(DashboardCard.nothing(ui.getTranslation("dashboard.admin.quiet.none", days)));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("dashboard-admin-list");
        page.forEach(row -> list.add(row(row, ui)));
        rows.add(list);
        if (page.hasNext()) {
            rows.add(new Paragraph(ui.getTranslation("dashboard.admin.quiet.more", SHOWN)));
        }
    }

    private static ListItem row(HealthRow row, UI ui) {
        Anchor name = new Anchor("organisations?open=" + row.organisationId(), row.organisationName());
        name.addClassName("dashboard-admin-strong");
        return new ListItem(name, new Div(ui.getTranslation("dashboard.admin.quiet.review", since(row, REVIEW, ui))),
                new Div(ui.getTranslation("dashboard.admin.quiet.contact", since(row, CONTACT, ui))));
    }

    private static String since(HealthRow row, String key, UI ui) {
        Long days = row.values().get(key);
        return days == null ? ui.getTranslation("dashboard.admin.quiet.never")
                : ui.getTranslation("dashboard.admin.quiet.days-ago", days);
    }
}
