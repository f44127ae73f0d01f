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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
    final FormLayout form = new FormLayout();
    final AttachmentPicker attachments;
    final SimilarRequests similar = new SimilarRequests();

    private final RequestIntake intake;
    private final boolean team;

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
        form.add(title, similar, problem, affectedPeople, intendedUse, businessImpact, desiredDate, desiredDateReason,
                systems, affectedSystem, severity, steps, occurringSince, systemsInvolved, dataInvolved, personalData);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(attachments);
        add(new H2(getTranslation("request-new.heading")), organisation, kind, form, file);
        showQuestionsFor(null);
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
