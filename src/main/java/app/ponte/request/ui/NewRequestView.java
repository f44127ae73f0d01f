package app.ponte.request.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.Toasts;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemSummary;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.request.Attachments;
import app.ponte.request.FaultAnswers;
import app.ponte.request.IntegrationAnswers;
import app.ponte.request.ProductAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.Severity;
import app.ponte.security.CurrentUser;
import app.ponte.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * The guided intake: first the kind of request, then the questions that kind needs answered, as the
 * team would ask them in a discovery workshop. The team files on behalf of an organisation it names.
 * A refused field gets its message and nothing typed is lost.
 */
@Route("requests/new")
@RolesAllowed({Roles.CLIENT, Roles.CLIENT_ADMIN, Roles.INTERNAL, Roles.TEAM, Roles.ADMIN})
class NewRequestView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final RadioButtonGroup<RequestKind> kind = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextArea problem = new TextArea();
    final TextArea affectedPeople = new TextArea();
    final TextArea intendedUse = new TextArea();
    final TextArea businessImpact = new TextArea();
    final DatePicker desiredDate = new DatePicker();
    final TextField desiredDateReason = new TextField();
    final MultiSelectComboBox<SystemSummary> systems = new MultiSelectComboBox<>();
    final TextField affectedSystem = new TextField();
    final Select<Severity> severity = new Select<>();
    final TextArea steps = new TextArea();
    final TextField occurringSince = new TextField();
    final TextField systemsInvolved = new TextField();
    final TextArea dataInvolved = new TextArea();
    final RadioButtonGroup<Boolean> personalData = new RadioButtonGroup<>();
    final Button file = new Button();
    /** The questions of the chosen kind, in sections; hidden until a kind is chosen. */
    final VerticalLayout form = new VerticalLayout();
    final Paragraph requiredLegend = new Paragraph();
    final AttachmentPicker attachments;
    final SimilarRequests similar = new SimilarRequests();

    private final RequestIntake intake;
    private final boolean team;
    private final Map<Section, List<Component>> sections = new LinkedHashMap<>();

    NewRequestView(RequestIntake intake, Organisations organisations, Attachments attachmentService,
            SystemCatalogue catalogue, CurrentUser currentUser) {
        this.intake = intake;
        this.attachments = new AttachmentPicker(attachmentService);
        this.team = currentUser.scope().seesEveryOrganisation();
        addClassName("request-intake");

        organisation.setLabel(getTranslation("request.field.organisation"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setVisible(team);
        if (team) {
            organisation.setItems(query -> organisations.list(
                    new OrganisationFilter(query.getFilter().orElse(""), null, true), toSpringPageRequest(query))
                    .stream());
        }
        kind.setLabel(getTranslation("request.field.kind"));
        kind.setItems(RequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()) + " — " + getTranslation("request.kind-hint." + k));
        kind.addThemeName("vertical");
        kind.addValueChangeListener(e -> showQuestionsFor(e.getValue()));

        title.setLabel(getTranslation("request.field.title"));
        title.setHelperText(getTranslation("request.field.title-help"));
        title.setMaxLength(200);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> similar.show(intake.similar(e.getValue())));
        label(affectedPeople, "affectedPeople");
        label(intendedUse, "intendedUse");
        label(businessImpact, "businessImpact");
        LocalisedDatePicker.localise(desiredDate);
        desiredDate.setLabel(getTranslation("request.field.desiredDate"));
        label(desiredDateReason, "desiredDateReason");
        systems.setLabel(getTranslation("request.field.systems"));
        systems.setItems(catalogue.list("", PageRequest.of(0, 500)).getContent());
        systems.setItemLabelGenerator(SystemSummary::name);
        label(affectedSystem, "affectedSystem");
        severity.setId("request-severity");
        severity.setLabel(getTranslation("request.field.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        label(steps, "steps");
        problem.setMaxLength(4000);
        label(occurringSince, "occurringSince");
        label(systemsInvolved, "systemsInvolved");
        label(dataInvolved, "dataInvolved");
        personalData.setLabel(getTranslation("request.field.personalData"));
        personalData.setItems(true, false);
        personalData.setItemLabelGenerator(yes -> getTranslation(yes ? "common.yes" : "common.no"));

        file.setText(getTranslation("request-new.file"));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClickListener(e -> file());
        markRequired();
        systems.addValueChangeListener(e -> affectedSystem.setRequiredIndicatorVisible(kind.getValue() != null
                && kind.getValue().asksAffectedSystem() && e.getValue().isEmpty()));
        form.setPadding(false);
        form.add(section("about", title, similar, problem),
                section("discovery", affectedPeople, intendedUse, businessImpact, desiredDate, desiredDateReason),
                section("systems", systems, affectedSystem),
                section("fault", severity, steps, occurringSince),
                section("integration", systemsInvolved, dataInvolved, personalData),
                section("files", attachments));
        requiredLegend.setId("request-new-required");
        requiredLegend.addClassName("required-legend");
        requiredLegend.setText(getTranslation("request-new.required-legend"));
        add(new H2(getTranslation("request-new.heading")), requiredLegend, organisation, kind, form, file);
        showQuestionsFor(null);
    }

    /** What every request needs, marked before anything is sent; what a kind needs is marked as it is shown. */
    private void markRequired() {
        organisation.setRequiredIndicatorVisible(true);
        kind.setRequiredIndicatorVisible(true);
        for (var field : List.<HasValue<?, ?>>of(title, problem, affectedPeople, intendedUse, businessImpact, severity,
                occurringSince, systemsInvolved, dataInvolved, personalData)) {
            field.setRequiredIndicatorVisible(true);
        }
    }

    /** A titled group of questions, shown while one of them is. */
    private Section section(String name, Component... fields) {
        var formLayout = new FormLayout(fields);
        formLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var section = new Section(new H3(getTranslation("request-new.section." + name)), formLayout);
        section.setId("request-new-section-" + name);
        section.addClassName("intake-section");
        sections.put(section, List.of(fields));
        return section;
    }

    private void label(HasLabel field, String name) {
        field.setLabel(getTranslation("request.field." + name));
    }

    /** Shows only what the chosen kind asks; hidden answers are not sent (the service ignores them too). */
    private void showQuestionsFor(RequestKind chosen) {
        form.setVisible(chosen != null);
        file.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        problem.setLabel(getTranslation("request.field.problem." + chosen));
        for (Component field : List.<Component>of(affectedPeople, intendedUse, businessImpact, desiredDate, desiredDateReason)) {
            field.setVisible(chosen.asksDiscovery());
        }
        systems.setVisible(chosen.asksSystems());
        affectedSystem.setVisible(chosen.asksSystems());
        for (Component field : List.<Component>of(severity, steps, occurringSince)) {
            field.setVisible(chosen.asksFault());
        }
        for (Component field : List.<Component>of(systemsInvolved, dataInvolved, personalData)) {
            field.setVisible(chosen.asksIntegration());
        }
        steps.setRequiredIndicatorVisible(chosen == RequestKind.BUG);
        affectedSystem.setRequiredIndicatorVisible(chosen.asksAffectedSystem() && systems.getValue().isEmpty());
        sections.forEach((section, fields) -> section.setVisible(fields.stream().anyMatch(Component::isVisible)));
    }

    RequestDraft draft() {
        return RequestDraft.simple(kind.getValue(), title.getValue(), problem.getValue())
                .forOrganisation(organisation.getValue() == null ? null : organisation.getValue().id())
                .with(new ProductAnswers(affectedPeople.getValue(), intendedUse.getValue(), businessImpact.getValue(),
                        desiredDate.getValue(), desiredDateReason.getValue()))
                .with(new FaultAnswers(severity.getValue(), steps.getValue(), occurringSince.getValue()))
                .with(new IntegrationAnswers(systemsInvolved.getValue(), dataInvolved.getValue(),
                        personalData.getValue()))
                .onSystem(affectedSystem.getValue())
                .touching(systems.getValue().stream().map(SystemSummary::id).collect(Collectors.toSet()));
    }

    private void file() {
        var refusals = new FieldRefusals(Map.ofEntries(Map.entry("organisation", organisation),
                Map.entry("title", title), Map.entry("problem", problem), Map.entry("affectedPeople", affectedPeople),
                Map.entry("intendedUse", intendedUse), Map.entry("businessImpact", businessImpact),
                Map.entry("desiredDate", desiredDate), Map.entry("desiredDateReason", desiredDateReason),
                Map.entry("affectedSystem", affectedSystem), Map.entry("severity", severity),
                Map.entry("steps", steps), Map.entry("occurringSince", occurringSince),
                Map.entry("systemsInvolved", systemsInvolved), Map.entry("dataInvolved", dataInvolved),
                Map.entry("personalData", personalData), Map.entry("systems", systems),
                Map.entry("attachments", attachments)), title);
        refusals.attempt(() -> {
            long id = intake.file(draft(), attachments.files());
            attachments.clear();
            Toasts.done(getTranslation("request-new.filed", id));
            getUI().ifPresent(ui -> ui.navigate("requests/" + id));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request-new.title");
    }
}
