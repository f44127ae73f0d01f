package app.ponte.demo;

import app.ponte.organisation.OrganisationKind;
import app.ponte.security.Role;
import java.time.ZoneId;
import java.util.List;

/** The demo organisations and accounts, as documented in README. */
final class DemoData {

    static final String PASSWORD = "ponte-demo-2026";

    static final String TEAM = "Backend Team";
    static final String AURORA = "Aurora Commerce";
    static final String MERIDIAN = "Meridian Bank";
    static final String PENDING_INVITATION = "new@aurora.test";
    static final String FORMER_MEMBER = "old@meridian.test";

    record DemoOrganisation(String name, OrganisationKind kind, ZoneId zone, String language) {
    }

    record DemoMember(String organisation, Role role) {
    }

    record DemoAccount(String email, String displayName, String language, ZoneId zone, List<DemoMember> memberships) {
    }

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation(TEAM, OrganisationKind.TEAM, SAO_PAULO, "pt-BR"),
            new DemoOrganisation("Marketing", OrganisationKind.DEPARTMENT, SAO_PAULO, "pt-BR"),
            new DemoOrganisation("Sales", OrganisationKind.DEPARTMENT, SAO_PAULO, "pt-BR"),
            new DemoOrganisation("Operations", OrganisationKind.DEPARTMENT, SAO_PAULO, "pt-BR"),
            new DemoOrganisation("Finance", OrganisationKind.DEPARTMENT, SAO_PAULO, "pt-BR"),
            new DemoOrganisation("Human Resources", OrganisationKind.DEPARTMENT, SAO_PAULO, "pt-BR"),
            new DemoOrganisation(AURORA, OrganisationKind.CLIENT, NEW_YORK, "en-US"),
            new DemoOrganisation(MERIDIAN, OrganisationKind.CLIENT, LISBON, "en-GB"));

    static final List<DemoAccount> ACCOUNTS = List.of(
            account("admin@ponte.test", "Alice Admin", "pt-BR", SAO_PAULO, TEAM, Role.ADMIN),
            account("lead@ponte.test", "Lucas Lead", "pt-BR", SAO_PAULO, TEAM, Role.TEAM),
            account("dev@ponte.test", "Diana Dev", "pt-BR", SAO_PAULO, TEAM, Role.TEAM),
            account("marketing@ponte.test", "Marta Marketing", "pt-BR", SAO_PAULO, "Marketing", Role.INTERNAL),
            account("sales@ponte.test", "Sergio Sales", "pt-BR", SAO_PAULO, "Sales", Role.INTERNAL),
            account("ops@ponte.test", "Otavio Ops", "pt-BR", SAO_PAULO, "Operations", Role.INTERNAL),
            account("finance@ponte.test", "Fernanda Finance", "pt-BR", SAO_PAULO, "Finance", Role.INTERNAL),
            account("hr@ponte.test", "Helena HR", "pt-BR", SAO_PAULO, "Human Resources", Role.INTERNAL),
            account("ana@aurora.test", "Ana Aurora", "en-US", NEW_YORK, AURORA, Role.CLIENT_ADMIN),
            account("leo@aurora.test", "Leo Aurora", "en-US", NEW_YORK, AURORA, Role.CLIENT),
            account("rita@meridian.test", "Rita Meridian", "en-GB", LISBON, MERIDIAN, Role.CLIENT_ADMIN),
            new DemoAccount("nina@partner.test", "Nina Partner", "en-GB", LISBON,
                    List.of(new DemoMember(AURORA, Role.CLIENT), new DemoMember(MERIDIAN, Role.CLIENT))));

    private DemoData() {
    }

    private static DemoAccount account(String email, String name, String language, ZoneId zone, String organisation,
            Role role) {
        return new DemoAccount(email, name, language, zone, List.of(new DemoMember(organisation, role)));
    }
}
