package app.ponte.base.ui;

import app.ponte.security.MembershipGrant;
import app.ponte.security.OrganisationSwitcher;
import app.ponte.security.PonteUser;
import app.ponte.security.RecordPages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;

/**
 * Switching the active organisation from the layout: asked first, since every tab of the session then works in
 * the other organisation, and done so that the page stays open when it exists there too (a view the new role
 * may open, a record of the new organisation); otherwise the person starts over on the home view.
 */
final class OrganisationSwitch {

    static final String CONFIRM_ID = "organisation-switch-confirm";

    private final OrganisationSwitcher switcher;
    private final List<RecordPages> recordPages;

    OrganisationSwitch(OrganisationSwitcher switcher, List<RecordPages> recordPages) {
        this.switcher = switcher;
        this.recordPages = recordPages;
    }

    /** Asks whether to switch to the grant's organisation, then switches and stays on the page when it can. */
    void confirm(UI ui, PonteUser user, MembershipGrant grant) {
        String path = ui.getInternals().getActiveViewLocation().getPath();
        var dialog = new ConfirmDialog();
        dialog.setId(CONFIRM_ID);
        dialog.setHeader(ui.getTranslation("switch.confirm.title", grant.organisationName()));
        dialog.setText(ui.getTranslation(keepsPage(user, grant, path) ? "switch.confirm.keeps-page"
                : "switch.confirm.home", grant.organisationName()));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("common.cancel"));
        dialog.setConfirmText(ui.getTranslation("switch.confirm.do"));
        dialog.addConfirmListener(e -> switchTo(ui, user, grant, path));
        dialog.open();
    }

    /** Switches now and opens {@code path} again when the page exists in the other organisation. */
    void switchTo(UI ui, PonteUser user, MembershipGrant grant, String path) {
        boolean keep = keepsPage(user, grant, path);
        switcher.switchTo(grant.membershipId());
        // A full reload: the navigation and every part of the page are built again for the new role.
        ui.getPage().setLocation(keep ? "/" + path : "/");
    }

    /** Whether the page at {@code path} exists for the person once working in the grant's organisation. */
    boolean keepsPage(PonteUser user, MembershipGrant grant, String path) {
        boolean allowed = RouteConfiguration.forApplicationScope().getRoute(path)
                .map(view -> new AccessAnnotationChecker().hasAccess(view, (Principal) user::getUsername,
                        role -> grant.role().name().equals(role)))
                .orElse(false);
        if (!allowed) {
            return false;
        }
        for (RecordPages pages : recordPages) {
            if (pages.covers(path)) {
                OptionalLong owner = pages.ownerAmongMyOrganisations(path);
                return grant.role().seesEveryOrganisation()
                        || owner.isPresent() && owner.getAsLong() == grant.organisationId();
            }
        }
        return true;
    }
}
