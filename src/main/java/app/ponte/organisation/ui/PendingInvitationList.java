package app.ponte.organisation.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.RowActionsColumn;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.Invitations;
import app.ponte.organisation.PendingInvitation;
import app.ponte.security.NotFoundInScopeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The invitations of the member list's scope that wait for an answer: the address as typed, never whether
 * it has an account, with the link's expiry; each can be sent again (a new link, the old one stops working)
 * or revoked. Nobody in this list is a member yet.
 */
class PendingInvitationList extends VerticalLayout {

    static final String GRID_ID = "pending-invitations-grid";

    final Grid<PendingInvitation> grid = new Grid<>();

    private final Invitations invitations;

    PendingInvitationList(Invitations invitations, ViewerTime time) {
        this.invitations = invitations;
        setPadding(false);
        addClassName("pending-invitations");
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PendingInvitation::email).setHeader(getTranslation("members.email")).setKey("email")
                .setFlexGrow(2).setWidth("12rem");
        grid.addColumn(p -> p.displayName() == null ? "" : p.displayName())
                .setHeader(getTranslation("members.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(PendingInvitation::organisationName).setHeader(getTranslation("members.organisation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.role().labelKey())).setHeader(getTranslation("members.role"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> time.format(p.sentAt(), getLocale())).setHeader(getTranslation("members.pending.sent"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> time.format(p.expiresAt(), getLocale())).setKey("expires")
                .setHeader(getTranslation("members.pending.expires")).setAutoWidth(true).setFlexGrow(0);
        // Fixed width: the buttons are measured before they are drawn otherwise.
        RowActionsColumn.add(grid, this::actions).setWidth("13rem");
        grid.setItems(query -> invitations.pending(toSpringPageRequest(query)).stream());
        grid.setHeight("12rem");
        add(new H2(getTranslation("members.pending.title")), grid);
    }

    /** Resend and revoke, as visible buttons. */
    HorizontalLayout actions(PendingInvitation invitation) {
        var resend = new Button(getTranslation("invite.resend"), e -> run(() -> invitations.resend(invitation.id()),
                getTranslation("invite.resent", invitation.email())));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        resend.setId("resend-" + invitation.id());
        var revoke = new Button(getTranslation("invite.revoke"), e -> confirmRevoke(invitation));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setId("revoke-" + invitation.id());
        var actions = new HorizontalLayout(resend, revoke);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmRevoke(PendingInvitation invitation) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("members.confirm.title"));
        dialog.setText(getTranslation("invite.confirm.revoke", invitation.email(), invitation.organisationName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("invite.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> run(() -> invitations.revoke(invitation.id()),
                getTranslation("invite.revoked", invitation.email())));
        dialog.open();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Toasts.done(done);
        } catch (RejectedInputException e) {
            Toasts.failed(getTranslation(e.messageKey(), e.arguments()));
        } catch (NotFoundInScopeException e) {
            // Answered or revoked in another tab meanwhile: the list shows what is still pending.
            Toasts.failed(getTranslation("invitation.error.not-pending"));
        }
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
