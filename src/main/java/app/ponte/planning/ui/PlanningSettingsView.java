package app.ponte.planning.ui;

import app.ponte.base.ui.LocalisedFormats;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.Reason;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.planning.CapacityEntry;
import app.ponte.planning.OrganisationWeightEntry;
import app.ponte.planning.PlanningSettings;
import app.ponte.planning.RecomputeProgress;
import app.ponte.planning.TeamCapacities;
import app.ponte.planning.Weights;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * What the ranking is made of: the factor weights (admins; a change re-ranks everything in the background
 * while a progress bar shows how far), each organisation's weight and why (admins), and the team's weekly
 * capacity per person (team and admins), which the schedule and the capacity conflicts follow.
 */
@Route("planning-settings")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 27, icon = "vaadin:sliders", title = "nav.planning-settings")
class PlanningSettingsView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField reach = weightField("planning.input.reach");
    final IntegerField impact = weightField("planning.input.impact");
    final IntegerField urgency = weightField("planning.input.urgency");
    final IntegerField confidence = weightField("planning.input.confidence");
    final IntegerField effort = weightField("planning.input.effort");
    final Button saveWeights = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Span weightsMessage = new Span();
    final Grid<OrganisationWeightEntry> organisationWeights = new Grid<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final BigDecimalField organisationWeight = new BigDecimalField();
    final TextField weightReason = new TextField();
    final Button saveOrganisationWeight = new Button();
    final Grid<CapacityEntry> capacity = new Grid<>();
    final BigDecimalField days = new BigDecimalField();
    final Button saveDays = new Button();
    final Span capacityMessage = new Span();

    private final PlanningSettings settings;
    private final TeamCapacities capacities;
    private final FieldRefusals weightRefusals;
    private final FieldRefusals organisationWeightRefusals;
    private final FieldRefusals capacityRefusals;
    private long weightsVersion;

    PlanningSettingsView(PlanningSettings settings, TeamCapacities capacities, Organisations organisations,
            CurrentUser currentUser) {
        this.settings = settings;
        this.capacities = capacities;
        boolean admin = currentUser.require().requireActive().role() == Role.ADMIN;
        saveWeights.setText(getTranslation("planning.weights.save"));
        saveWeights.setId("save-weights");
        saveWeights.addClickListener(e -> saveWeights());
        progress.setVisible(false);
        var weightRow = new HorizontalLayout(reach, impact, urgency, confidence, effort, saveWeights);
        weightRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        weightRow.setWrap(true);
        weightRow.setEnabled(admin);
        organisationWeights.setId("organisation-weights");
        organisationWeights.setAllRowsVisible(true);
        organisationWeights.addColumn(OrganisationWeightEntry::organisationName)
                .setHeader(getTranslation("planning.column.organisation"));
        organisationWeights.addColumn(w -> LocalisedFormats.amount(w.weight(), getLocale())).setHeader(getTranslation("planning.weight"));
        organisationWeights.addColumn(OrganisationWeightEntry::reason).setHeader(getTranslation("planning.weight.reason"));
        organisation.setLabel(getTranslation("planning.column.organisation"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(query -> organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                toSpringPageRequest(query)).stream());
        organisationWeight.setLabel(getTranslation("planning.weight"));
        organisationWeight.setHelperText(getTranslation("planning.weight.helper", PlanningSettings.LIGHTEST,
                PlanningSettings.HEAVIEST));
        weightReason.setLabel(getTranslation("planning.weight.reason"));
        weightReason.setMaxLength(Reason.MAX);
        saveOrganisationWeight.setText(getTranslation("planning.weight.save"));
        saveOrganisationWeight.addClickListener(e -> saveOrganisationWeight());
        var organisationRow = new HorizontalLayout(organisation, organisationWeight, weightReason,
                saveOrganisationWeight);
        organisationRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        organisationRow.setVisible(admin);
        capacity.setId("capacity-grid");
        capacity.setAllRowsVisible(true);
        capacity.addColumn(CapacityEntry::displayName).setHeader(getTranslation("planning.capacity.person"));
        capacity.addColumn(c -> LocalisedFormats.amount(c.daysPerWeek(), getLocale())).setHeader(getTranslation("planning.capacity.days"));
        days.setLabel(getTranslation("planning.capacity.days"));
        saveDays.setText(getTranslation("planning.capacity.save"));
        saveDays.addClickListener(e -> saveDays());
        var capacityRow = new HorizontalLayout(days, saveDays, capacityMessage);
        capacityRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var adminsOnly = new Paragraph(getTranslation("planning.weights.admins-only"));
        adminsOnly.setId("weights-admins-only");
        adminsOnly.setVisible(!admin);
        add(new H2(getTranslation("planning.weights")), new Paragraph(getTranslation("planning.weights.intro")),
                adminsOnly, weightRow, weightsMessage, progress, progressText,
                new H2(getTranslation("planning.organisation-weights")), organisationWeights, organisationRow,
                new H2(getTranslation("planning.capacity")), capacity, capacityRow);
        weightRefusals = new FieldRefusals(Map.of("reach", reach, "impact", impact, "urgency", urgency,
                "confidence", confidence, "effort", effort), reach).whenChangedMeanwhile(() -> {
                    showWeights();
                    weightsMessage.setText(getTranslation("planning.weights.conflict"));
                });
        organisationWeightRefusals = new FieldRefusals(Map.of("reason", weightReason, "weight", organisationWeight),
                organisationWeight).whenChangedMeanwhile(() -> {
                    organisationWeights.getDataProvider().refreshAll();
                    weightReason.setErrorMessage(getTranslation("planning.weights.conflict"));
                    weightReason.setInvalid(true);
                });
        capacityRefusals = new FieldRefusals(Map.of("days", days), days).whenChangedMeanwhile(() -> {
            capacity.setItems(capacities.list());
            capacityMessage.setText(getTranslation("planning.weights.conflict"));
        });
        showWeights();
        organisationWeights.setItems(query -> settings.organisationWeights(toSpringPageRequest(query)).stream());
        capacity.setItems(capacities.list());
        showProgress();
        addAttachListener(e -> e.getUI().setPollInterval(1000));
        addDetachListener(e -> e.getUI().setPollInterval(-1));
        addAttachListener(e -> e.getUI().addPollListener(poll -> showProgress()));
    }

    private IntegerField weightField(String labelKey) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setMin(Weights.MIN);
        field.setMax(Weights.MAX);
        field.setStepButtonsVisible(true);
        field.setWidth("8rem");
        return field;
    }

    private void showWeights() {
        Weights current = settings.weights();
        weightsVersion = settings.weightsVersion();
        reach.setValue(current.reach());
        impact.setValue(current.impact());
        urgency.setValue(current.urgency());
        confidence.setValue(current.confidence());
        effort.setValue(current.effort());
    }

    private void saveWeights() {
        weightsMessage.setText("");
        if (weightRefusals.attempt(() -> settings.changeWeights(new Weights(value(reach), value(impact),
                value(urgency), value(confidence), value(effort)), weightsVersion))) {
            weightsVersion = settings.weightsVersion();
            showProgress();
            Toasts.done(getTranslation("planning.weights.saved"));
        }
    }

    /** An empty field is out of bounds, said as such, rather than silently zero. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    void showProgress() {
        settings.latestRecompute().ifPresentOrElse(this::show, () -> progress.setVisible(false));
    }

    private void show(RecomputeProgress run) {
        progress.setVisible(true);
        progress.setValue(run.fraction());
        progressText.setText(run.running()
                ? getTranslation("planning.recompute.running", run.done(), run.total())
                : getTranslation("planning.recompute.done", run.total()));
    }

    private void saveOrganisationWeight() {
        organisation.setInvalid(false);
        if (organisation.getValue() == null) {
            organisation.setErrorMessage(getTranslation("planning.error.organisation-required"));
            organisation.setInvalid(true);
            return;
        }
        long id = organisation.getValue().id();
        Long version = settings.organisationWeight(id).map(OrganisationWeightEntry::version).orElse(null);
        if (organisationWeightRefusals.attempt(() -> settings.weighOrganisation(id, organisationWeight.getValue(),
                weightReason.getValue(), version))) {
            organisationWeights.getDataProvider().refreshAll();
            Toasts.done(getTranslation("planning.weight.saved", organisation.getValue().name()));
        }
    }

    private void saveDays() {
        capacityMessage.setText("");
        capacity.getSelectedItems().stream().findFirst().ifPresentOrElse(entry -> {
            if (capacityRefusals.attempt(() -> capacities.set(entry.accountId(), days.getValue(), entry.version()))) {
                capacity.setItems(capacities.list());
                capacityMessage.setText(getTranslation("planning.capacity.total", capacities.teamDaysPerWeek()));
                Toasts.done(getTranslation("planning.capacity.saved", entry.displayName()));
            }
        }, () -> {
            days.setInvalid(false);
            capacityMessage.setText(getTranslation("planning.capacity.pick"));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.settings.title");
    }
}
