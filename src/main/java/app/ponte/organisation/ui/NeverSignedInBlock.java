package app.ponte.organisation.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.organisation.DormantAccount;
import app.ponte.organisation.DormantAccounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * Active accounts that never signed in: how many, and the ten oldest with their organisations and the day they were
 * invited (or made), leading to the members view.
 */
@org.springframework.stereotype.Component
class NeverSignedInBlock implements DashboardBlock {

    static final String ID = "dashboard-organisation-never-signed-in";
    static final int SHOWN = 10;

    private final DormantAccounts dormant;
    private final ViewerTime viewerTime;

    NeverSignedInBlock(DormantAccounts dormant, ViewerTime viewerTime) {
        this.dormant = dormant;
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
        return 73;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        if (audience != DashboardAudience.ADMIN) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.admin.never-signed-in.title"));
        long count = dormant.count();
        Paragraph figure = new Paragraph(ui.getTranslation("dashboard.admin.never-signed-in.count", count));
        figure.setId(ID + "-count");
        card.with(figure);
        if (count == 0) {
            card.with(DashboardCard.nothing(ui.getTranslation("dashboard.admin.never-signed-in.none")));
        } else {
            UnorderedList oldest = new UnorderedList();
            oldest.setId(ID + "-oldest");
            oldest.addClassName("dashboard-admin-list");
            dormant.oldest(PageRequest.of(0, SHOWN)).forEach(account -> oldest.add(row(account, ui)));
            card.with(new Paragraph(ui.getTranslation("dashboard.admin.never-signed-in.oldest", SHOWN)), oldest);
        }
        card.withLink(ui.getTranslation("dashboard.admin.never-signed-in.link"), "members");
        return Optional.of(card);
    }

    private ListItem row(DormantAccount account, UI ui) {
        Span who = new Span(account.displayName() + " · " + account.email());
        who.addClassName("dashboard-admin-strong");
        String organisations = account.organisations().isEmpty() ? "—" : String.join(", ", account.organisations());
        String since = account.invitedAt() == null
                ? ui.getTranslation("dashboard.admin.never-signed-in.made", day(account.createdAt(), ui))
                : ui.getTranslation("dashboard.admin.never-signed-in.invited", day(account.invitedAt(), ui));
        return new ListItem(who, new Div(organisations), new Div(since));
    }

    private String day(java.time.Instant at, UI ui) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(ui.getLocale()).format(at.atZone(viewerTime.zone()));
    }
}
