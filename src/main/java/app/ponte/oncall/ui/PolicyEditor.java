package app.ponte.oncall.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.Toasts;
import app.ponte.oncall.EscalationPolicies;
import app.ponte.oncall.EscalationStep;
import app.ponte.oncall.StepKind;
import app.ponte.organisation.PersonOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The escalation policy: the team's lead(s) (paged by a "lead(s)" step, told of SLA breaches, paged when no step
 * names anybody), and ordered steps, each paging the person on call, the next person of the rota, named people (a
 * secondary) or the lead(s), with the minutes it waits for an acknowledgement. Admins edit; the team reads.
 */
class PolicyEditor extends Div {

    /** One step's fields. */
    final class StepRow extends Div {

        final Select<StepKind> kind = new Select<>();
        final MultiSelectComboBox<PersonOption> people = new MultiSelectComboBox<>();
        final IntegerField minutes = new IntegerField();

        StepRow(EscalationStep step) {
            addClassName("policy-step");
            kind.setLabel(getTranslation("oncall.policy.kind"));
            kind.setItems(StepKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            kind.setValue(step.kind());
            people.setLabel(getTranslation("oncall.policy.people"));
            people.setItems(teamPeople);
            people.setItemLabelGenerator(PersonOption::displayName);
            people.setValue(teamPeople.stream().filter(p -> step.accountIds().contains(p.accountId())).toList());
            people.setVisible(step.kind() == StepKind.PEOPLE);
            kind.addValueChangeListener(event -> people.setVisible(event.getValue() == StepKind.PEOPLE));
            minutes.setLabel(getTranslation("oncall.policy.minutes"));
            minutes.setStepButtonsVisible(true);
            minutes.setValue(step.ackMinutes());
            add(kind, people, minutes);
            if (admin) {
                var remove = new Button(getTranslation("oncall.policy.remove-step"), event -> {
                    rows.remove(this);
                    showRows();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                add(remove);
            } else {
                kind.setReadOnly(true);
                people.setReadOnly(true);
                minutes.setReadOnly(true);
            }
        }

        EscalationStep step() {
            StepKind chosen = Objects.requireNonNullElse(kind.getValue(), StepKind.ON_CALL);
            return new EscalationStep(chosen, Objects.requireNonNullElse(minutes.getValue(), 0),
                    people.getValue().stream().map(PersonOption::accountId).toList());
        }
    }

    final MultiSelectComboBox<PersonOption> leads = new MultiSelectComboBox<>();
    final Div steps = new Div();
    final Button addStep = new Button();
    final Button save = new Button();
    final FormMessage message = new FormMessage();
    final List<StepRow> rows = new ArrayList<>();

    private final EscalationPolicies policies;
    private final List<PersonOption> teamPeople;
    private final boolean admin;
    private final FieldRefusals refusals;
    private @Nullable Long version;

    PolicyEditor(EscalationPolicies policies, List<PersonOption> teamPeople, boolean admin) {
        this.policies = policies;
        this.teamPeople = teamPeople;
        this.admin = admin;
        setId("on-call-policy");
        addClassName("on-call-part");
        add(new H3(getTranslation("oncall.policy.title")), new Span(getTranslation("oncall.policy.help")));
        leads.setId("policy-leads");
        leads.setLabel(getTranslation("oncall.policy.leads"));
        leads.setHelperText(getTranslation("oncall.policy.leads-help"));
        leads.setItems(teamPeople);
        leads.setItemLabelGenerator(PersonOption::displayName);
        leads.setReadOnly(!admin);
        add(leads);
        steps.setId("policy-steps");
        add(steps, message);
        addStep.setText(getTranslation("oncall.policy.add-step"));
        addStep.addClickListener(event -> {
            rows.add(new StepRow(new EscalationStep(StepKind.PEOPLE, EscalationStep.DEFAULT_MINUTES, List.of())));
            showRows();
        });
        save.setId("policy-save");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        if (admin) {
            add(new Div(addStep, save));
        }
        refusals = new FieldRefusals(Map.of("leads", leads), message);
        load(policies.policy());
    }

    private void load(EscalationPolicies.PolicyView policy) {
        rows.clear();
        policy.steps().forEach(step -> rows.add(new StepRow(step)));
        leads.setValue(teamPeople.stream().filter(p -> policy.leadIds().contains(p.accountId())).toList());
        version = policy.version();
        showRows();
    }

    private void showRows() {
        steps.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            var number = new Span(getTranslation("oncall.policy.step", i + 1));
            number.addClassName("policy-step-number");
            steps.add(number, rows.get(i));
        }
    }

    void save() {
        boolean done = refusals.whenChangedMeanwhile(() -> {
            // Keep what was typed; the next save replaces the policy saved meanwhile.
            version = policies.policy().version();
            message.say(getTranslation("oncall.changed-meanwhile"));
        }).attempt(() -> policies.save(rows.stream().map(StepRow::step).toList(),
                leads.getValue().stream().map(PersonOption::accountId).toList(), version));
        if (done) {
            version = policies.policy().version();
            Toasts.done(getTranslation("oncall.policy.saved"));
        }
    }
}
