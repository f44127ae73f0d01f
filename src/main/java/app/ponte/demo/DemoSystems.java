package app.ponte.demo;

import app.ponte.catalogue.Criticality;
import app.ponte.catalogue.FreezeWindowDraft;
import app.ponte.catalogue.FreezeWindows;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemDraft;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.PonteUser;
import app.ponte.security.SystemAuthentication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** The systems of the seed's story, who depends on them and their freeze windows, through the services. */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoSystems {

    private final SystemCatalogue catalogue;
    private final FreezeWindows windows;
    private final TeamDirectory team;
    private final Map<String, Long> systemIds = new HashMap<>();

    private final UserDetailsService users;

    DemoSystems(SystemCatalogue catalogue, FreezeWindows windows, TeamDirectory team, UserDetailsService users) {
        this.users = users;
        this.catalogue = catalogue;
        this.windows = windows;
        this.team = team;
    }

    void load(Map<String, Long> organisationIds, LocalDate today) {
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
        // Declared by the team lead: a window records who declared it, and "system" is nobody.
        SystemAuthentication.runAs((PonteUser) users.loadUserByUsername("lead@ponte.test"), () -> {
            freezes(organisationIds, today);
            return null;
        });
    }

    /** Sales' quarter close on real-time reporting and Aurora's peak-sale week on the Orders API. */
    private void freezes(Map<String, Long> organisationIds, LocalDate today) {
        DemoCalendar days = DemoCalendar.from(today);
        windows.declare(new FreezeWindowDraft(systemIds.get("Real-time reporting"), organisationIds.get("Sales"),
                days.salesFreezeStart(), days.salesFreezeEnd(),
                "Fechamento do trimestre: a diretoria acompanha as metas pelo relatório em tempo real."));
        windows.declare(new FreezeWindowDraft(systemIds.get("Orders API"), organisationIds.get(DemoData.AURORA),
                days.auroraFreezeStart(), days.auroraFreezeEnd(),
                "Peak-sale week: our biggest campaign of the season and our peak traffic."));
    }

    private void add(String name, String description, long owner, Criticality criticality, String target,
            Map<String, Long> organisationIds, List<String> dependents) {
        systemIds.put(name, catalogue.create(new SystemDraft(name, description, owner, criticality,
                new BigDecimal(target), dependents.stream().map(organisationIds::get).collect(Collectors.toSet()))).id());
    }
}
