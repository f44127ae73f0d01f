package app.ponte.roadmap.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.FilterSelect;
import app.ponte.base.ui.ViewerTime;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemSummary;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.RequestRoadmap;
import app.ponte.roadmap.RoadmapReading;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * The roadmap the viewer may see, as a list or a timeline, filtered by organisation (the team), system and
 * status, and exported as CSV or PDF. The team creates and edits initiatives and plans milestones here.
 */
@Route("roadmap")
@PermitAll
@Menu(order = 13, icon = "vaadin:road-branches", title = "nav.roadmap")
class RoadmapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter naming the initiative to show (a request page links to its initiative so). */
    static final String INITIATIVE = "initiative";

    /** The roadmap with an initiative marked: where a request page and the dashboards send people. */
    static String link(long initiativeId) {
        return "roadmap?" + INITIATIVE + "=" + initiativeId;
    }
    /** How many pages the view reads at most to find the initiative a link names. */
    private static final int FOCUS_PAGES = 10;

    static final int PAGE = 50;

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final FilterSelect<SystemSummary> system;
    final FilterSelect<DeliveryStatus> status;
    final ViewSwitch views = new ViewSwitch();
    final Div list = new Div();
    final RoadmapTimeline timeline = new RoadmapTimeline();
    final Button more = new Button();
    final Button newInitiative = new Button();
    final RoadmapExport export;

    private final RoadmapReading roadmap;
    private final RequestRoadmap requests;
    private @Nullable Long focused;
    private final RoadmapChanges changes;
    private final ViewerTime viewerTime;
    private final boolean team;
    private final List<InitiativeOverview> shown = new ArrayList<>();
    private int pages;
    private boolean hasMore;

    RoadmapView(RoadmapReading roadmap, RequestRoadmap requests, RoadmapChanges changes, Organisations organisations,
            SystemCatalogue catalogue, CurrentUser currentUser, ViewerTime viewerTime) {
        this.roadmap = roadmap;
        this.requests = requests;
        this.changes = changes;
        this.viewerTime = viewerTime;
        this.team = currentUser.scope().seesEveryOrganisation();
        setWidthFull();

        organisation.setLabel(getTranslation("roadmap.filter.organisation"));
        organisation.setId("roadmap-organisation");
        organisation.setClearButtonVisible(true);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setVisible(team);
        if (team) {
            organisation.setItems(query -> organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                    toSpringPageRequest(query)).stream());
        }
        system = new FilterSelect<>(getTranslation("roadmap.filter.system"), getTranslation("roadmap.filter.any"),
                catalogue.list("", PageRequest.of(0, 1000)).getContent(), SystemSummary::name);
        system.setId("roadmap-system");
        status = new FilterSelect<>(getTranslation("roadmap.filter.status"), getTranslation("roadmap.filter.any"),
                List.of(DeliveryStatus.values()), s -> getTranslation(s.labelKey()));
        status.setId("roadmap-status");
        organisation.addValueChangeListener(e -> reload());
        system.addValueChangeListener(e -> reload());
        status.addValueChangeListener(e -> reload());

        views.onChange(this::render);

        export = new RoadmapExport(roadmap, viewerTime, this::filter);
        newInitiative.setText(getTranslation("roadmap.new-initiative"));
        newInitiative.setId("roadmap-new-initiative");
        newInitiative.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newInitiative.setVisible(team);
        newInitiative.addClickListener(e -> initiativeDialog().open(null));
        var toolbar = new HorizontalLayout(organisation, system, status, export.csv(this), export.pdf(this),
                newInitiative);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        list.setId("roadmap-list");
        list.setWidthFull();
        list.addClassName("roadmap-list");
        more.setText(getTranslation("roadmap.more"));
        more.setId("roadmap-more");
        more.addClickListener(e -> loadPage());
        add(new H2(getTranslation("roadmap.title")),
                new Paragraph(getTranslation(team ? "roadmap.intro.team" : "roadmap.intro.client")), toolbar, views,
                list, timeline, more);
        reload();
    }

    /** A link naming an initiative ({@value #INITIATIVE}) shows it marked, reading pages until it is there. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        focused = event.getLocation().getQueryParameters().getSingleParameter(INITIATIVE)
                .filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).orElse(null);
        if (focused != null) {
            for (int page = 0; page < FOCUS_PAGES && hasMore && !isShown(focused); page++) {
                loadPage();
            }
            render();
        }
    }

    private boolean isShown(long initiativeId) {
        return shown.stream().anyMatch(i -> i.id() == initiativeId);
    }

    InitiativeDialog initiativeDialog() {
        return new InitiativeDialog(changes.initiatives(), changes.mentions(), this::reload);
    }

    MilestoneDialog milestoneDialog() {
        return new MilestoneDialog(changes, viewerTime, this::reload);
    }

    RoadmapFilter filter() {
        return new RoadmapFilter(organisation.getOptionalValue().map(OrganisationSummary::id).orElse(null),
                system.chosen().map(SystemSummary::id).orElse(null), status.chosen().orElse(null));
    }

    List<InitiativeOverview> shown() {
        return List.copyOf(shown);
    }

    void reload() {
        shown.clear();
        pages = 0;
        loadPage();
    }

    private void loadPage() {
        RoadmapFilter filter = filter();
        Slice<InitiativeOverview> page = roadmap.initiatives(filter.organisationId(), filter.systemId(), filter.status(),
                PageRequest.of(pages++, PAGE));
        shown.addAll(page.getContent());
        hasMore = page.hasNext();
        render();
    }

    /** Draws the tab in view only: the other one is drawn when its tab is chosen. */
    private void render() {
        LocalDate today = LocalDate.now(viewerTime.clock().withZone(viewerTime.zone()));
        boolean onTimeline = views.timeline();
        list.removeAll();
        timeline.removeAll();
        if (onTimeline) {
            timeline.show(shown, today);
        } else if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("roadmap.empty")));
        } else {
            InitiativeCard.TeamActions actions = team ? teamActions() : null;
            Map<Long, List<Long>> delivered = requests.requestsOf(shown.stream()
                    .flatMap(i -> i.milestones().stream()).map(InitiativeOverview.MilestoneOverview::id).toList());
            shown.forEach(initiative -> {
                var card = new InitiativeCard(initiative, today, actions, delivered);
                list.add(card);
                if (focused != null && initiative.id() == focused) {
                    card.addClassName("roadmap-focus");
                    card.scrollIntoView();
                }
            });
        }
        list.setVisible(!onTimeline);
        timeline.setVisible(onTimeline);
        more.setVisible(hasMore);
    }

    private InitiativeCard.@Nullable TeamActions teamActions() {
        return new InitiativeCard.TeamActions() {
            @Override
            public void edit(InitiativeOverview initiative) {
                initiativeDialog().open(initiative);
            }

            @Override
            public void addMilestone(InitiativeOverview initiative) {
                milestoneDialog().create(initiative);
            }

            @Override
            public void plan(InitiativeOverview initiative, InitiativeOverview.MilestoneOverview milestone) {
                milestoneDialog().open(initiative, milestone);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.title");
    }
}
