package app.ponte.organisation.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FilterSelect;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.OrganisationDetails;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The organisations the team serves, with the local time in each. Team members read; admins also
 * create, edit, deactivate and reactivate. The list is lazy and never counts the whole table.
 */
@Route("organisations")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 20, icon = "vaadin:building", title = "nav.organisations")
class OrganisationListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String GRID_ID = "organisations-grid";

    final TextField filter = new TextField();
    final FilterSelect<OrganisationKind> kindFilter = new FilterSelect<>(null,
            getTranslation("organisations.all-kinds"), Arrays.asList(OrganisationKind.values()),
            kind -> getTranslation(kind.labelKey()));
    final FilterSelect<Boolean> stateFilter = new FilterSelect<>(null, getTranslation("organisations.state.all"),
            List.of(true, false),
            active -> getTranslation(active ? "organisations.state.active" : "organisations.state.inactive"));
    final Button create = new Button();
    final Grid<OrganisationSummary> grid = new Grid<>();
    final OrganisationEditor editor;

    private final Organisations organisations;
    private final boolean admin;

    OrganisationListView(Organisations organisations, ViewerTime viewerTime, CurrentUser currentUser,
            List<OrganisationSettingsSection> sections) {
        this.organisations = organisations;
        this.admin = currentUser.require().requireActive().role() == Role.ADMIN;
        this.editor = new OrganisationEditor(admin ? organisations.accountManagerCandidates() : List.of(), sections);
        setSizeFull();

        filter.setId("organisations-filter");
        filter.setPlaceholder(getTranslation("organisations.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        kindFilter.addValueChangeListener(e -> refresh());
        stateFilter.setValue(true);
        stateFilter.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("organisations.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(admin);
        create.addClickListener(e -> editor.createNew());
        var toolbar = new HorizontalLayout(filter, kindFilter, stateFilter, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId(GRID_ID);
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisations.name")).setKey("name")
                .setFlexGrow(2);
        grid.addColumn(o -> getTranslation(o.kind().labelKey())).setHeader(getTranslation("organisations.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.timeZone().getId()).setHeader(getTranslation("organisations.time-zone"))
                .setKey("timeZone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> viewerTime.nowIn(o.timeZone(), getLocale()))
                .setHeader(getTranslation("organisations.local-time")).setKey("localTime").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> getTranslation("language." + o.language()))
                .setHeader(getTranslation("organisations.language")).setKey("language").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> getTranslation(o.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("organisations.active")).setKey("active").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> organisations.list(currentFilter(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        if (admin) {
            grid.addItemClickListener(e -> openEditor(e.getItem().id()));
        }

        editor.addSaveListener(this::save);
        editor.addActivationListener(this::changeActivation);
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title");
    }

    /** {@code organisations?open=12}: an admin lands on that organisation's editor (the dashboard links so). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("open").filter(id -> id.matches("\\d{1,18}"))
                .filter(id -> admin).ifPresent(id -> {
                    try {
                        openEditor(Long.parseLong(id));
                    } catch (NotFoundInScopeException e) {
                        // An organisation that does not exist (a stale or hand-edited address): the list as ever.
                    }
                });
    }

    OrganisationFilter currentFilter() {
        return new OrganisationFilter(filter.getValue(), kindFilter.getValue(), stateFilter.getValue());
    }

    void openEditor(long id) {
        editor.edit(organisations.details(id), organisations.accountManagerCandidates());
    }

    private void save(OrganisationEditor.SaveEvent event) {
        saveAndSay(event.id, () -> event.id == null ? organisations.create(event.draft)
                : organisations.update(event.id, event.draft, event.version),
                saved -> getTranslation("organisations.saved", saved.name()));
    }

    private void changeActivation(OrganisationEditor.ActivationEvent event) {
        saveAndSay(event.id, () -> organisations.setActive(event.id, event.active, event.version),
                saved -> getTranslation(saved.active() ? "organisations.reactivated" : "organisations.deactivated",
                        saved.name()));
    }

    /** Runs the editor's change: refusals go back into the editor, a save elsewhere is shown there. */
    private void saveAndSay(@Nullable Long id, Supplier<OrganisationDetails> change,
            Function<OrganisationDetails, String> done) {
        var saved = new AtomicReference<OrganisationDetails>();
        if (editor.refusals().whenChangedMeanwhile(() -> editor.showConflict(organisations.details(id)))
                .attempt(() -> saved.set(change.get()))) {
            editor.close();
            Toasts.done(done.apply(saved.get()));
            refresh();
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
