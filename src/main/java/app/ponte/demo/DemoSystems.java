package app.ponte.demo;

import app.ponte.catalogue.Criticality;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemDraft;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The systems of the seed's story and who depends on them, entered through the catalogue service. */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoSystems {

    private final SystemCatalogue catalogue;
    private final TeamDirectory team;

    DemoSystems(SystemCatalogue catalogue, TeamDirectory team) {
        this.catalogue = catalogue;
        this.team = team;
    }

    void load(Map<String, Long> organisationIds) {
        Map<String, Long> people = team.activeTeamPeople().stream()
                .collect(Collectors.toMap(PersonOption::email, PersonOption::accountId));
        long lead = people.get("lead@ponte.test");
        long admin = people.get("admin@ponte.test");
        add("Orders API", "Order intake and status for the web shops and partners.", lead, Criticality.CRITICAL,
                "99.95", organisationIds, List.of(DemoData.AURORA, "Sales", "Operations"));
        add("Real-time reporting", "Live sales and campaign dashboards.", lead, Criticality.HIGH, "99.5",
                organisationIds, List.of("Marketing", "Sales"));
        add("Invoicing", "Monthly billing, invoices and payment reconciliation.", admin, Criticality.CRITICAL, "99.9",
                organisationIds, List.of("Finance", DemoData.AURORA, DemoData.MERIDIAN));
        add("Auth service", "Single sign-on and API keys for every client and department.", admin,
                Criticality.CRITICAL, "99.99", organisationIds, organisationIds.keySet().stream()
                        .filter(name -> !DemoData.TEAM.equals(name)).toList());
        add("Employee directory", "People, roles and access rights inside the company.", lead, Criticality.MEDIUM,
                "99.0", organisationIds, List.of("Human Resources"));
    }

    private void add(String name, String description, long owner, Criticality criticality, String target,
            Map<String, Long> organisationIds, List<String> dependents) {
        catalogue.create(new SystemDraft(name, description, owner, criticality, new BigDecimal(target),
                dependents.stream().map(organisationIds::get).collect(Collectors.toSet())));
    }
}
