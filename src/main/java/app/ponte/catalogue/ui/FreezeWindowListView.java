package app.ponte.catalogue.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.ViewerTime;
import app.ponte.catalogue.FreezeWindowEntry;
import app.ponte.catalogue.FreezeWindows;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.organisation.Organisations;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Freeze windows running or to come: an organisation's own, or all of them for the team. Departments
 * and client admins declare, change and withdraw their organisation's; the team does so on their behalf.
 */
@Route("freeze-windows")
@RolesAllowed({Roles.ADMIN, Roles.TEAM, Roles.INTERNAL, Roles.CLIENT_ADMIN, Roles.CLIENT})
@Menu(order = 26, icon = "vaadin:calendar-clock", title = "nav.freeze-windows")
class FreezeWindowListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<FreezeWindowEntry> grid = new Grid<>();
    final Button declare = new Button();
    final FreezeWindowEditor editor;

    private final FreezeWindows windows;
    private final boolean mayManage;

    FreezeWindowListView(FreezeWindows windows, SystemCatalogue catalogue, Organisations organisations,
            CurrentUser currentUser, ViewerTime viewerTime) {
        this.windows = windows;
        boolean team = currentUser.scope().seesEveryOrganisation();
        this.mayManage = currentUser.require().requireActive().role() != Role.CLIENT;
        setSizeFull();
        editor = new FreezeWindowEditor(catalogue.list("", PageRequest.of(0, 1000)).getContent(),
                query -> team ? organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                        toSpringPageRequest(query)).stream() : Stream.empty(), team);
        editor.save.addClickListener(e -> save());
        editor.withdraw.addClickListener(e -> withdraw());
        declare.setText(getTranslation("freeze.new"));
        declare.setIcon(VaadinIcon.PLUS.create());
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.setVisible(mayManage);
        declare.addClickListener(e -> editor.declareNew());
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("freeze-windows-grid");
        grid.addColumn(FreezeWindowEntry::systemName).setHeader(getTranslation("freeze.system")).setAutoWidth(true);
        grid.addColumn(FreezeWindowEntry::organisationName).setHeader(getTranslation("freeze.organisation"))
                .setAutoWidth(true).setVisible(team);
        grid.addColumn(w -> dates.format(w.startsOn())).setHeader(getTranslation("freeze.starts-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> dates.format(w.endsOn())).setHeader(getTranslation("freeze.ends-on")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FreezeWindowEntry::reason).setHeader(getTranslation("freeze.reason")).setFlexGrow(2);
        grid.addItemClickListener(e -> {
            if (mayManage) {
                editor.edit(e.getItem(), team ? organisations.summary(e.getItem().organisationId()) : null);
            }
        });
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation(mayManage ? "freeze.empty-manage" : "freeze.empty"));
        refresh();
        add(new H2(getTranslation("freeze.heading")), new Paragraph(getTranslation("freeze.intro")), declare, grid);
    }


    private void save() {
        FreezeWindowEntry editing = editor.editing();
        Runnable change = editing == null ? () -> windows.declare(editor.draft())
                : () -> windows.change(editing.id(), editor.draft(), editing.version());
        if (editor.attempt(change, () -> current(editing))) {
            refresh();
        }
    }

    private void withdraw() {
        FreezeWindowEntry editing = editor.editing();
        if (editor.attempt(() -> windows.withdraw(editing.id(), editing.version()), () -> current(editing))) {
            refresh();
        }
    }

    /** The window as saved now, after somebody changed it meanwhile; null when it is gone. */
    private @Nullable FreezeWindowEntry current(@Nullable FreezeWindowEntry editing) {
        return editing == null ? null
                : windows.upcoming().stream().filter(w -> w.id() == editing.id()).findFirst().orElse(null);
    }

    private void refresh() {
        grid.setItems(windows.upcoming());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("freeze.title");
    }
}
