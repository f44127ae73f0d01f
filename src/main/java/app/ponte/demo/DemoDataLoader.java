package app.ponte.demo;

import app.ponte.organisation.MemberService;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.OrganisationService;
import app.ponte.security.SystemAuthentication;
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

    private final OrganisationService organisations;
    private final MemberService members;

    DemoDataLoader(OrganisationService organisations, MemberService members) {
        this.organisations = organisations;
        this.members = members;
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
        log.info("Demo data loaded: {} organisations, {} accounts", DemoData.ORGANISATIONS.size(),
                DemoData.ACCOUNTS.size());
    }
}
