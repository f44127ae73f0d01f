package app.ponte.oncall.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.oncall.EscalationPolicies;
import app.ponte.oncall.IncidentPages;
import app.ponte.oncall.OnCall;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The on-call page: who is on call now and until when, the next hand-overs, gaps ahead, the open pages, then the
 * rota, its overrides and the escalation policy (admins edit, the team reads). One column, fits 390 px.
 */
@Route("on-call")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 29.5, icon = "vaadin:phone", title = "nav.on-call")
class OnCallView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph now = new Paragraph();
    final UnorderedList handOvers = new UnorderedList();
    final Div gaps = new Div();
    final Div openPages = new Div();
    final RotaEditor rota;
    final OverridesPanel overrides;
    final PolicyEditor policy;

    private final OnCall onCall;
    private final IncidentPages pages;
    private final ViewerTime viewerTime;

    OnCallView(OnCall onCall, EscalationPolicies policies, IncidentPages pages, CurrentUser currentUser,
            ViewerTime viewerTime) {
        this.onCall = onCall;
        this.pages = pages;
        this.viewerTime = viewerTime;
        boolean admin = currentUser.require().requireActive().role() == Role.ADMIN;
        addClassName("on-call-view");
        now.setId("on-call-now");
        now.addClassName("on-call-now");
        handOvers.setId("on-call-hand-overs");
        gaps.setId("on-call-gaps");
        openPages.setId("on-call-pages");
        rota = new RotaEditor(onCall, admin, this::refresh);
        overrides = new OverridesPanel(onCall, viewerTime, admin, this::refresh);
        policy = new PolicyEditor(policies, onCall.teamPeople(), admin);
        add(new H2(getTranslation("oncall.heading")), now, gaps, new H3(getTranslation("oncall.hand-overs")),
                handOvers, new H3(getTranslation("oncall.pages.title")), openPages, rota, overrides, policy);
        refresh();
    }

    /** Reads who is on call, the hand-overs, the gaps and the pages again (after an edit). */
    void refresh() {
        Locale locale = getLocale();
        OnCall.Now current = onCall.now();
        if (current.person() == null) {
            now.setText(getTranslation("oncall.now.nobody"));
            now.addClassName("gap");
        } else {
            now.removeClassName("gap");
            now.setText(getTranslation(current.override() ? "oncall.now.override" : "oncall.now",
                    current.person().displayName(), viewerTime.moment(current.until(), locale)));
        }
        handOvers.removeAll();
        var changes = onCall.handOvers();
        if (changes.isEmpty()) {
            handOvers.add(new ListItem(getTranslation("oncall.hand-overs.none")));
        }
        changes.forEach(change -> handOvers.add(new ListItem(getTranslation("oncall.hand-over",
                viewerTime.moment(change.at(), locale), change.personName() == null
                        ? getTranslation("oncall.nobody") : change.personName()))));
        gaps.removeAll();
        for (OnCall.GapWarning gap : onCall.gaps()) {
            var warning = new Paragraph(getTranslation("oncall.gap.warning",
                    getTranslation(gap.kind().labelKey()),
                    gap.personName() == null ? "–" : gap.personName(), viewerTime.moment(gap.from(), locale),
                    viewerTime.moment(gap.to(), locale)));
            warning.addClassName("on-call-gap");
            gaps.add(warning);
        }
        showPages(locale);
    }

    private void showPages(Locale locale) {
        openPages.removeAll();
        var open = pages.openPages();
        if (open.isEmpty()) {
            openPages.add(new Span(getTranslation("oncall.pages.none")));
        }
        for (IncidentPages.OpenPage page : open) {
            var row = new Div();
            row.addClassName("on-call-page");
            row.add(new Anchor("requests/" + page.requestId(),
                    LocalisedFormats.request(this, page.requestId(), page.title())));
            String state = switch (page.state()) {
                case ACKNOWLEDGED -> getTranslation("oncall.pages.acknowledged", page.acknowledgedBy(),
                        viewerTime.moment(page.acknowledgedAt(), locale));
                case WAITING -> getTranslation("oncall.pages.waiting", page.step(), String.join(", ", page.paged()),
                        viewerTime.moment(page.nextStepAt(), locale));
                default -> getTranslation(page.state().labelKey());
            };
            row.add(new Paragraph(page.organisationName() + " · " + getTranslation(page.cause().labelKey()) + " · "
                    + viewerTime.moment(page.startedAt(), locale)), new Paragraph(state));
            openPages.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oncall.title");
    }
}
