package app.ponte.demo;

import app.ponte.security.LoginHint;
import app.ponte.security.LoginHints;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** In demo mode the login page lists the demo accounts, so a visitor can try every role. */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoLoginHints implements LoginHints {

    @Override
    public String sharedPassword() {
        return DemoData.PASSWORD;
    }

    @Override
    public List<LoginHint> hints() {
        return DemoData.ACCOUNTS.stream()
                .flatMap(account -> account.memberships().stream()
                        .map(m -> new LoginHint(account.email(), m.role(), m.organisation())))
                .toList();
    }
}
