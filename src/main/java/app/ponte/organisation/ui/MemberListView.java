package app.ponte.organisation.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.FilterSelect;
import app.ponte.base.ui.RowActionsColumn;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.GrantableRoles;
import app.ponte.organisation.Invitations;
import app.ponte.organisation.MemberFilter;
import app.ponte.organisation.MemberSummary;
import app.ponte.organisation.Members;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.PasswordResets;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * People and their roles. A client admin sees and manages the members of their own company; an admin
 * sees and manages everybody. The tenant scope, not this view, decides which rows exist; every action
 * is checked again by the service.
 */
@Route("members")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT_ADMIN})
@Menu(order = 30, icon = "vaadin:users", title = "nav.members")
class MemberListView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID_ID = "members-grid";

    final TextField filter = new TextField();
    final ComboBox<OrganisationSummary> organisationFilter = new ComboBox<>();
    final FilterSelect<Role> roleFilter;
    final FilterSelect<Boolean> stateFilter = new FilterSelect<>(null, getTranslation("members.state.all"),
            List.of(true, false), active -> getTranslation(active ? "members.state.active" : "members.state.inactive"));
    final Grid<MemberSummary> grid = new Grid<>();

    final Button invite = new Button();
    final InviteDialog inviteDialog;
    final PendingInvitationList pending;

    private final Members members;
    private final Invitations invitations;
    private final PasswordResets resets;
    private final boolean admin;
    private final List<Role> grantable;

    MemberListView(Members members, Organisations organisations, Invitations invitations,
            PasswordResets resets, CurrentUser currentUser, ViewerTime time) {
        this.members = members;
        this.invitations = invitations;
        this.resets = resets;
        Role viewer = currentUser.require().requireActive().role();
        this.admin = viewer == Role.ADMIN;
        this.grantable = GrantableRoles.by(viewer);
        this.roleFilter = new FilterSelect<>(null, getTranslation("members.all-roles"), grantable,
                role -> getTranslation(role.labelKey()));
        this.inviteDialog = new InviteDialog(query -> admin ? organisations.list(
                new OrganisationFilter(query.getFilter().orElse(""), null, true), toSpringPageRequest(query)).stream()
                : java.util.stream.Stream.empty(), grantable);
        if (!admin) {
            inviteDialog.fixOrganisation(organisations.activeOrganisation());
        }
        inviteDialog.addInviteListener(this::invite);
        setSizeFull();

        filter.setId("members-filter");
        filter.setPlaceholder(getTranslation("members.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        organisationFilter.setPlaceholder(getTranslation("members.all-organisations"));
        organisationFilter.setItemLabelGenerator(OrganisationSummary::name);
        organisationFilter.setClearButtonVisible(true);
        organisationFilter.setVisible(admin);
        if (admin) {
            organisationFilter.setItems(query -> organisations.list(
                    new OrganisationFilter(query.getFilter().orElse(""), null, null),
                    toSpringPageRequest(query)).stream());
        }
        organisationFilter.addValueChangeListener(e -> refresh());
        roleFilter.addValueChangeListener(e -> refresh());
        stateFilter.addValueChangeListener(e -> refresh());
        invite.setText(getTranslation("invite.title"));
        invite.setIcon(VaadinIcon.ENVELOPE.create());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> inviteDialog.open());
        var toolbar = new HorizontalLayout(filter, organisationFilter, roleFilter, stateFilter, invite);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId(GRID_ID);
        grid.addColumn(MemberSummary::displayName).setHeader(getTranslation("members.name")).setKey("name")
                .setFlexGrow(2);
        grid.addColumn(MemberSummary::email).setHeader(getTranslation("members.email")).setKey("email").setFlexGrow(2);
        grid.addColumn(MemberSummary::organisationName).setHeader(getTranslation("members.organisation"))
                .setKey("organisation").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.role().labelKey())).setHeader(getTranslation("members.role"))
                .setKey("role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation(state(m))).setHeader(getTranslation("members.active"))
                .setKey("active").setAutoWidth(true).setFlexGrow(0);
        RowActionsColumn.add(grid, this::actions);
        grid.setItems(query -> members.list(currentFilter(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        pending = new PendingInvitationList(invitations, time);
        add(toolbar, grid, pending);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }

    MemberFilter currentFilter() {
        Long organisationId = organisationFilter.getValue() == null ? null : organisationFilter.getValue().id();
        return new MemberFilter(filter.getValue(), organisationId, roleFilter.getValue(), stateFilter.getValue());
    }

    /** The actions the viewer's role offers for one row; the service checks each again. */
    MenuBar actions(MemberSummary member) {
        var bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("members.actions"));
        SubMenu menu = root.getSubMenu();
        SubMenu roles = menu.addItem(getTranslation("members.action.role")).getSubMenu();
        for (Role role : grantableRoles(member)) {
            MenuItem item = roles.addItem(getTranslation(role.labelKey()),
                    e -> run(() -> members.changeRole(member.membershipId(), role, member.membershipVersion()),
                            "members.done.role"));
            item.setCheckable(true);
            item.setChecked(role == member.role());
            item.setEnabled(role != member.role());
        }
        menu.addItem(getTranslation(member.membershipActive() ? "members.action.deactivate-membership"
                : "members.action.reactivate-membership"), e -> confirm(
                getTranslation(member.membershipActive() ? "members.confirm.deactivate-membership"
                        : "members.confirm.reactivate-membership", member.displayName(), member.organisationName()),
                () -> members.setMembershipActive(member.membershipId(), !member.membershipActive(),
                        member.membershipVersion())));
        if (admin) {
            menu.addItem(getTranslation("members.action.remove-membership"), e -> confirm(
                    getTranslation("members.confirm.remove-membership", member.displayName(),
                            member.organisationName()),
                    () -> members.removeMembership(member.membershipId(), member.membershipVersion())));
            menu.addItem(getTranslation(member.accountActive() ? "members.action.deactivate-account"
                    : "members.action.reactivate-account"), e -> confirm(
                    getTranslation(member.accountActive() ? "members.confirm.deactivate-account"
                            : "members.confirm.reactivate-account", member.displayName()),
                    () -> members.setAccountActive(member.accountId(), !member.accountActive(),
                            member.accountVersion())));
            menu.addItem(getTranslation("members.action.force-reset"), e -> confirm(
                    getTranslation("members.confirm.force-reset", member.displayName()),
                    () -> resets.forceReset(member.accountId())));
        }
        return bar;
    }

    private void invite(InviteDialog.InviteEvent event) {
        if (inviteDialog.refusals().attempt(
                () -> invitations.invite(event.email, event.organisationId, event.role))) {
            inviteDialog.close();
            inviteDialog.email.clear();
            // The same answer whether the address has an account or not.
            Toasts.done(getTranslation("invite.sent", event.email));
            pending.refresh();
        }
    }

    private List<Role> grantableRoles(MemberSummary member) {
        return grantable.stream().filter(role -> kindOf(member).allows(role)).toList();
    }

    private static OrganisationKind kindOf(MemberSummary member) {
        return switch (member.role()) {
            case ADMIN, TEAM -> OrganisationKind.TEAM;
            case INTERNAL -> OrganisationKind.DEPARTMENT;
            case CLIENT_ADMIN, CLIENT -> OrganisationKind.CLIENT;
        };
    }

    private static String state(MemberSummary member) {
        if (!member.accountActive()) {
            return "members.state.account-inactive";
        }
        return member.membershipActive() ? "members.state.active" : "members.state.inactive";
    }

    private void confirm(String question, Runnable action) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("members.confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("common.confirm"));
        dialog.addConfirmListener(e -> run(action, "members.done.saved"));
        dialog.open();
    }

    void run(Runnable action, String doneKey) {
        try {
            action.run();
            Toasts.done(getTranslation(doneKey));
        } catch (RejectedInputException e) {
            Toasts.failed(getTranslation(e.messageKey(), e.arguments()));
        } catch (ConcurrentEditException e) {
            Toasts.failed(getTranslation("members.conflict"));
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

}
