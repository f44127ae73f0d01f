package app.ponte.home.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.PonteUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Where everybody lands after sign-in: who they are, which organisation they are working in (and the
 * time there, since teams and clients sit in different zones), and their role's dashboard: the blocks the
 * features contribute ({@link DashboardBlock}), arranged by {@link Dashboard}.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final String IDENTITY_ID = "home-identity";
    static final String ORGANISATION_ID = "home-organisation";

    HomeView(CurrentUser currentUser, Organisations organisations, ViewerTime viewerTime,
            List<DashboardBlock> blocks) {
        PonteUser user = currentUser.require();
        MembershipGrant active = user.requireActive();
        OrganisationSummary organisation = organisations.activeOrganisation();

        setPadding(true);
        addClassName("dashboard-home");
        H2 welcome = new H2(getTranslation("home.welcome", user.displayName()));
        welcome.addClassName("dashboard-welcome");
        var identity = strip(IDENTITY_ID, getTranslation("home.you"),
                line("home.email", user.email()),
                line("home.role", getTranslation(active.role().labelKey())),
                line("home.your-time", viewerTime.nowIn(viewerTime.zone(), getLocale())
                        + " (" + viewerTime.zone().getId() + ")"));
        var organisationStrip = strip(ORGANISATION_ID, getTranslation("home.organisation"),
                line("home.organisation.name", organisation.name()),
                line("home.organisation.kind", getTranslation(organisation.kind().labelKey())),
                line("home.organisation.time", viewerTime.nowIn(organisation.timeZone(), getLocale())
                        + " (" + organisation.timeZone().getId() + ")"));
        if (user.canSwitchOrganisation()) {
            organisationStrip.add(new Paragraph(getTranslation("home.organisation.others",
                    user.memberships().size())));
        }
        var header = new Header(welcome, identity, organisationStrip);
        header.addClassName("dashboard-header");
        add(header, new Dashboard(DashboardAudience.of(active.role()), blocks));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }

    /** One line of the header: who (or where), said as labelled values that wrap on a phone. */
    private static Div strip(String id, String title, Div... lines) {
        var heading = new H3(title);
        heading.addClassName("dashboard-header-title");
        var strip = new Div(heading);
        strip.add(lines);
        strip.setId(id);
        strip.addClassName("dashboard-header-strip");
        return strip;
    }

    private Div line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("dashboard-header-label");
        var line = new Div(label, new Span(value));
        line.addClassName("dashboard-header-line");
        return line;
    }
}
