package app.ponte.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Ponte slows down password guessing, per account and per client address, and how often a reset link
 * may be asked for. Every wait is temporary: nobody can lock another person out for good.
 *
 * @param accountFreeFailures failures of one account after which the next try has to wait
 *        accountFirstDelay; each further failure doubles the wait
 * @param accountFirstDelay the first wait
 * @param accountMaxDelay the longest wait, however many failures there were
 * @param accountForgetAfter time without a failure after which an account starts afresh
 * @param addressFreeFailures failures from one client address before each further try has to wait
 * @param addressSlowDown time in which those free failures come back (one every slowDown/free)
 * @param addressBlockAfter failures from one address within addressBlockFor that block it
 * @param addressBlockFor how long an address block lasts at most
 * @param resetsPerAccount reset links one e-mail address may ask for within resetWindow
 * @param resetsPerAddress reset requests one client address may send within resetWindow
 * @param resetWindow the period of those two limits
 */
@ConfigurationProperties("ponte.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int accountFreeFailures,
        @DefaultValue("1s") Duration accountFirstDelay,
        @DefaultValue("15m") Duration accountMaxDelay,
        @DefaultValue("1d") Duration accountForgetAfter,
        @DefaultValue("30") int addressFreeFailures,
        @DefaultValue("10m") Duration addressSlowDown,
        @DefaultValue("100") int addressBlockAfter,
        @DefaultValue("1h") Duration addressBlockFor,
        @DefaultValue("3") int resetsPerAccount,
        @DefaultValue("20") int resetsPerAddress,
        @DefaultValue("1h") Duration resetWindow) {
}
