package app.ponte.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are tolerated before Ponte slows down and then blocks, per account and per
 * client address. Every block is temporary: nobody can lock another person out for good.
 *
 * @param accountFreeFailures failures per account before each further try has to wait
 * @param accountSlowDown time in which those free failures come back (one every slowDown/free)
 * @param accountBlockAfter failures per account within blockFor that block the account's sign-in
 * @param addressFreeFailures, addressSlowDown, addressBlockAfter the same per client address
 * @param blockFor how long a block lasts at most
 */
@ConfigurationProperties("ponte.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int accountFreeFailures,
        @DefaultValue("5m") Duration accountSlowDown,
        @DefaultValue("20") int accountBlockAfter,
        @DefaultValue("30") int addressFreeFailures,
        @DefaultValue("10m") Duration addressSlowDown,
        @DefaultValue("100") int addressBlockAfter,
        @DefaultValue("1h") Duration blockFor) {
}
