package app.ponte.request.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.request.AssessmentDecision;
import app.ponte.request.AssessmentDraft;
import app.ponte.request.AssessmentOutcome;
import app.ponte.request.Assessments;
import app.ponte.request.LegalBasis;
import app.ponte.request.RequestDetails;
import app.ponte.request.Risk;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * The team's assessment of an idea, change or integration, and what the requester reads of it: the
 * decision, conditions, effort range and plain-words reasoning (never the internal notes).
 */
class AssessmentPanel extends VerticalLayout {

    final Paragraph outcome = new Paragraph();
    final FormLayout form = new FormLayout();
    final TextArea feasibility = new TextArea();
    final BigDecimalField optimistic = new BigDecimalField();
    final BigDecimalField likely = new BigDecimalField();
    final BigDecimalField pessimistic = new BigDecimalField();
    final TextArea dependencies = new TextArea();
    final TextArea securityImpact = new TextArea();
    final Checkbox personalData = new Checkbox();
    final Select<LegalBasis> legalBasis = new Select<>();
    final TextField dataCategories = new TextField();
    final Checkbox encryptionNeeded = new Checkbox();
    final Select<Risk> risk = new Select<>();
    final Select<AssessmentDecision> decision = new Select<>();
    final TextArea conditions = new TextArea();
    final TextArea reasoning = new TextArea();
    final TextArea internalNotes = new TextArea();
    final Paragraph conflict = new Paragraph();
    final Button save = new Button();

    private final Assessments assessments;
    private long requestId;
    private Long loadedVersion;

    AssessmentPanel(Assessments assessments) {
        this.assessments = assessments;
        setPadding(false);
        setId("assessment");
        feasibility.setLabel(getTranslation("assessment.feasibility"));
        optimistic.setLabel(getTranslation("assessment.effort-optimistic"));
        likely.setLabel(getTranslation("assessment.effort-likely"));
        pessimistic.setLabel(getTranslation("assessment.effort-pessimistic"));
        dependencies.setLabel(getTranslation("assessment.dependencies"));
        securityImpact.setLabel(getTranslation("assessment.security"));
        personalData.setLabel(getTranslation("assessment.personal-data"));
        legalBasis.setLabel(getTranslation("assessment.legal-basis"));
        legalBasis.setItems(LegalBasis.values());
        legalBasis.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        dataCategories.setLabel(getTranslation("assessment.data-categories"));
        encryptionNeeded.setLabel(getTranslation("assessment.encryption"));
        risk.setLabel(getTranslation("assessment.risk"));
        risk.setItems(Risk.values());
        risk.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        decision.setLabel(getTranslation("assessment.decision"));
        decision.setItems(AssessmentDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        conditions.setLabel(getTranslation("assessment.conditions"));
        reasoning.setLabel(getTranslation("assessment.reasoning"));
        reasoning.setHelperText(getTranslation("assessment.reasoning-help"));
        internalNotes.setLabel(getTranslation("assessment.internal-notes"));
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        save.setText(getTranslation("assessment.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        form.add(feasibility, optimistic, likely, pessimistic, dependencies, securityImpact, personalData, legalBasis,
                dataCategories, encryptionNeeded, risk, decision, conditions, reasoning, internalNotes);
        add(new H3(getTranslation("assessment.title")), outcome, conflict, form, save);
    }

    void show(RequestDetails request) {
        requestId = request.id();
        setVisible(request.kind().asksDiscovery());
        var assessment = assessments.assessment(request.id());
        outcome.setText(assessment.map(this::summary).orElse(getTranslation("assessment.none")));
        form.setVisible(request.viewer().team());
        save.setVisible(request.viewer().team());
        if (request.viewer().team()) {
            loadedVersion = assessments.assessmentVersion(request.id());
            assessment.map(AssessmentOutcome::full).ifPresent(this::fill);
            if (assessment.isEmpty() && Boolean.TRUE.equals(request.integration().personalData())) {
                personalData.setValue(true);
            }
        }
    }

    private String summary(AssessmentOutcome assessment) {
        return getTranslation("assessment.summary", getTranslation(assessment.decision().labelKey()),
                LocalisedFormats.amount(assessment.effortOptimistic(), getLocale()), LocalisedFormats.amount(assessment.effortLikely(), getLocale()),
                LocalisedFormats.amount(assessment.effortPessimistic(), getLocale()), assessment.reasoning())
                + (assessment.conditions() == null ? "" : " " + getTranslation("assessment.summary-conditions",
                        assessment.conditions()));
    }

    private void fill(AssessmentDraft draft) {
        feasibility.setValue(draft.feasibility());
        optimistic.setValue(draft.effortOptimistic());
        likely.setValue(draft.effortLikely());
        pessimistic.setValue(draft.effortPessimistic());
        dependencies.setValue(draft.dependencies() == null ? "" : draft.dependencies());
        securityImpact.setValue(draft.securityImpact());
        personalData.setValue(draft.personalData());
        legalBasis.setValue(draft.legalBasis());
        dataCategories.setValue(draft.dataCategories() == null ? "" : draft.dataCategories());
        encryptionNeeded.setValue(Boolean.TRUE.equals(draft.encryptionNeeded()));
        risk.setValue(draft.risk());
        decision.setValue(draft.decision());
        conditions.setValue(draft.conditions() == null ? "" : draft.conditions());
        reasoning.setValue(draft.reasoning());
        internalNotes.setValue(draft.internalNotes() == null ? "" : draft.internalNotes());
    }

    private void save() {
        conflict.setVisible(false);
        var draft = new AssessmentDraft(feasibility.getValue(), optimistic.getValue(), likely.getValue(),
                pessimistic.getValue(), dependencies.getValue(), securityImpact.getValue(), personalData.getValue(),
                legalBasis.getValue(), dataCategories.getValue(), personalData.getValue() ? encryptionNeeded.getValue()
                        : null, risk.getValue(), decision.getValue(), conditions.getValue(), reasoning.getValue(),
                internalNotes.getValue());
        var refusals = new FieldRefusals(Map.ofEntries(Map.entry("feasibility", feasibility),
                Map.entry("effortOptimistic", optimistic), Map.entry("effortLikely", likely),
                Map.entry("effortPessimistic", pessimistic), Map.entry("dependencies", dependencies),
                Map.entry("securityImpact", securityImpact), Map.entry("legalBasis", legalBasis),
                Map.entry("dataCategories", dataCategories), Map.entry("risk", risk), Map.entry("decision", decision),
                Map.entry("conditions", conditions), Map.entry("reasoning", reasoning),
                Map.entry("internalNotes", internalNotes)), decision)
                .whenChangedMeanwhile(() -> {
                    // Keep what was typed; the next save replaces the other version on purpose.
                    loadedVersion = assessments.assessmentVersion(requestId);
                    conflict.setText(getTranslation("assessment.conflict"));
                    conflict.setVisible(true);
                });
        refusals.attempt(() -> {
            AssessmentOutcome saved = assessments.assess(requestId, draft, loadedVersion);
            loadedVersion = assessments.assessmentVersion(requestId);
            outcome.setText(summary(saved));
            Toasts.done(getTranslation("assessment.saved"));
        });
    }
}
