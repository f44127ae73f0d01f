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
import app.ponte.organisation.PersonSummary;
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
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
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
 * People and their roles, one row per person with their memberships. A client admin sees and manages the
 * members of their own company; an admin sees and manages everybody. The tenant scope, not this view, decides which rows exist; every action
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
    final Grid<PersonSummary> grid = new Grid<>();

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
        toolbar.addClassName("members-toolbar");
        toolbar.setWidthFull();

        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PersonSummary::displayName).setHeader(getTranslation("members.name")).setKey("name")
                .setFlexGrow(2);
        grid.addColumn(PersonSummary::email).setHeader(getTranslation("members.email")).setKey("email").setFlexGrow(2);
        // One person per row, with each membership on a line of its own: organisation, role (changed where it
        // is shown, in one step), state and the membership's actions.
        grid.addComponentColumn(this::memberships).setHeader(getTranslation("members.memberships"))
                .setKey("memberships").setFlexGrow(3).setWidth("24rem");
        if (admin) {
            grid.addColumn(p -> p.accountActive() ? "" : getTranslation("members.state.account-inactive"))
                    .setHeader(getTranslation("members.account")).setKey("account").setAutoWidth(true).setFlexGrow(0);
            RowActionsColumn.add(grid, this::accountActions);
        }
        grid.setItems(query -> members.people(currentFilter(), toSpringPageRequest(query)).stream());
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

    /** One person's memberships in scope, a line each. */
    Div memberships(PersonSummary person) {
        var lines = new Div();
        lines.addClassName("person-memberships");
        for (MemberSummary membership : person.memberships()) {
            var organisation = new Span(membership.organisationName());
            organisation.addClassName("membership-organisation");
            var line = new Div(organisation, roleOf(membership));
            line.addClassName("person-membership");
            line.setId("membership-" + membership.membershipId());
            // Admins see the account's state in a column of its own.
            String stateKey = !admin && !membership.accountActive() ? "members.state.account-inactive"
                    : !membership.membershipActive() ? "members.state.inactive" : null;
            if (stateKey != null) {
                var state = new Span(getTranslation(stateKey));
                state.addClassName("membership-state");
                line.add(state);
            }
            line.add(membershipActions(membership));
            lines.add(line);
        }
        return lines;
    }

    /** The actions on one membership the viewer's role offers; the service checks each again. */
    MenuBar membershipActions(MemberSummary member) {
        var bar = new MenuBar();
        bar.setId("membership-actions-" + member.membershipId());
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("members.membership-actions", member.displayName(), member.organisationName()));
        SubMenu menu = root.getSubMenu();
        menu.addItem(getTranslation(member.membershipActive() ? "members.action.deactivate-membership"
                : "members.action.reactivate-membership"), e -> confirm(
                getTranslation(member.membershipActive() ? "members.confirm.deactivate-membership"
                        : "members.confirm.reactivate-membership", member.displayName(), member.organisationName()),
                () -> members.setMembershipActive(member.membershipId(), !member.membershipActive(),
                        member.membershipVersion()),
                member.membershipActive() ? "members.done.membership-deactivated" : "members.done.membership-reactivated",
                member.displayName(), member.organisationName()));
        if (admin) {
            menu.addItem(getTranslation("members.action.remove-membership"), e -> confirm(
                    getTranslation("members.confirm.remove-membership", member.displayName(),
                            member.organisationName()),
                    () -> members.removeMembership(member.membershipId(), member.membershipVersion()),
                    "members.done.membership-removed", member.displayName(), member.organisationName()));
        }
        return bar;
    }

    /** The actions on a person's account, for admins; the service checks each again. */
    MenuBar accountActions(PersonSummary person) {
        var bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("members.actions"));
        SubMenu menu = root.getSubMenu();
        menu.addItem(getTranslation(person.accountActive() ? "members.action.deactivate-account"
                : "members.action.reactivate-account"), e -> confirm(
                getTranslation(person.accountActive() ? "members.confirm.deactivate-account"
                        : "members.confirm.reactivate-account", person.displayName()),
                () -> members.setAccountActive(person.accountId(), !person.accountActive(), person.accountVersion()),
                person.accountActive() ? "members.done.account-deactivated" : "members.done.account-reactivated",
                person.displayName()));
        menu.addItem(getTranslation("members.action.force-reset"), e -> confirm(
                getTranslation("members.confirm.force-reset", person.displayName()),
                () -> resets.forceReset(person.accountId()), "members.done.reset-forced", person.displayName()));
        return bar;
    }

    /**
     * The role of one membership: a choice of the roles the viewer may grant there, changed at once; plain text
     * where there is nothing to choose.
     */
    com.vaadin.flow.component.Component roleOf(MemberSummary member) {
        List<Role> choices = grantableRoles(member);
        if (choices.size() < 2 || !choices.contains(member.role())) {
            return new Span(getTranslation(member.role().labelKey()));
        }
        var select = new Select<Role>();
        select.setItems(choices);
        select.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        select.setValue(member.role());
        select.setId("role-" + member.membershipId());
        select.setAriaLabel(getTranslation("members.role-of", member.displayName(), member.organisationName()));
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != member.role()) {
                run(() -> members.changeRole(member.membershipId(), e.getValue(), member.membershipVersion()),
                        "members.done.role", member.displayName(), getTranslation(e.getValue().labelKey()));
            }
        });
        return select;
    }

    private void invite(InviteDialog.InviteEvent event) {
        if (inviteDialog.refusals().attempt(
                () -> invitations.invite(event.email, event.displayName, event.organisationId, event.role))) {
            inviteDialog.close();
            inviteDialog.email.clear();
            inviteDialog.displayName.clear();
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

    private void confirm(String question, Runnable action, String doneKey, Object... doneArguments) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("members.confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("common.confirm"));
        dialog.addConfirmListener(e -> run(action, doneKey, doneArguments));
        dialog.open();
    }

    void run(Runnable action, String doneKey, Object... doneArguments) {
        try {
            action.run();
            Toasts.done(getTranslation(doneKey, doneArguments));
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
