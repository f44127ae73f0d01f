package app.ponte.demo;

import app.ponte.organisation.Invitations;
import app.ponte.organisation.MemberFilter;
import app.ponte.organisation.Members;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.Organisations;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo organisations and accounts, through the same secured services
 * an administrator uses. Does nothing when any organisation exists already.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Organisations organisations;
    private final Members members;
    private final Invitations invitations;
    private final DemoRequests demoRequests;
    private final DemoSystems demoSystems;
    private final DemoPlanning demoPlanning;
    private final DemoRoadmap demoRoadmap;
    private final DemoSla demoSla;
    private final DemoOnCall demoOnCall;
    private final DemoClocks demoClocks;
    private final DemoFeedback demoFeedback;
    private final DemoMinutes demoMinutes;
    private final DemoMeetings demoMeetings;
    private final DemoReports demoReports;
    private final Clock clock;

    DemoDataLoader(Organisations organisations, Members members, Invitations invitations,
            DemoRequests demoRequests, DemoSystems demoSystems, DemoPlanning demoPlanning, DemoRoadmap demoRoadmap,
            DemoSla demoSla, DemoOnCall demoOnCall, DemoClocks demoClocks, DemoFeedback demoFeedback,
            DemoMeetings demoMeetings, DemoMinutes demoMinutes, DemoReports demoReports, Clock clock) {
        this.demoReports = demoReports;
        this.demoSla = demoSla;
        this.demoOnCall = demoOnCall;
        this.demoClocks = demoClocks;
        this.demoFeedback = demoFeedback;
        this.demoMeetings = demoMeetings;
        this.demoMinutes = demoMinutes;
        this.demoPlanning = demoPlanning;
        this.demoRoadmap = demoRoadmap;
        this.demoSystems = demoSystems;
        this.organisations = organisations;
        this.members = members;
        this.invitations = invitations;
        this.demoRequests = demoRequests;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsAdmin(() -> {
            if (organisations.list(OrganisationFilter.ALL, PageRequest.of(0, 1)).hasContent()) {
                log.info("Demo data skipped: the database already has organisations");
                return null;
            }
            load();
            return null;
        });
    }

    private void load() {
        Map<String, Long> organisationIds = new HashMap<>();
        DemoData.ORGANISATIONS.forEach(o -> organisationIds.put(o.name(),
                organisations.create(o.kind(), o.name(), o.zone(), o.language()).id()));
        for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
            long accountId = members.createAccount(account.email(), account.displayName(), DemoData.PASSWORD,
                    account.language(), account.zone());
            account.memberships().forEach(m -> members.addMembership(accountId, organisationIds.get(m.organisation()),
                    m.role()));
        }
        // A pending invitation (its e-mail waits in the outbox) and a former, deactivated member.
        invitations.invite(DemoData.PENDING_INVITATION, organisationIds.get(DemoData.AURORA), Role.CLIENT);
        long former = members.createAccount(DemoData.FORMER_MEMBER, "Oscar Old", DemoData.PASSWORD, "en",
                java.time.ZoneId.of("Europe/Lisbon"));
        members.addMembership(former, organisationIds.get(DemoData.MERIDIAN), Role.CLIENT);
        long version = members.list(new MemberFilter(DemoData.FORMER_MEMBER, null, null, null), PageRequest.of(0, 1))
                .getContent().getFirst().accountVersion();
        members.setAccountActive(former, false, version);
        demoSystems.load(organisationIds, LocalDate.now(clock));
        LocalDate today = LocalDate.now(clock);
        demoSla.load(organisationIds, today);
        demoOnCall.rota(today);
        DemoRequests.Filed filed = demoRequests.load(today);
        demoPlanning.load(filed, today);
        demoRoadmap.load(filed, today);
        demoOnCall.acknowledgeOutage();
        demoClocks.load(filed);
        demoFeedback.load(organisationIds, filed, today);
        demoMeetings.load(organisationIds, today);
        demoMinutes.load(organisationIds);
        demoReports.load(organisationIds); // last: a report sums up what the others made
        log.info("Demo data loaded: {} organisations, {} accounts, 1 pending invitation", DemoData.ORGANISATIONS.size(),
                DemoData.ACCOUNTS.size() + 1);
    }
}
