package app.ponte.organisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many invitations may be sent, per inviting person and per organisation invited into, within
 * {@code per}; the allowance comes back steadily over that time.
 */
@ConfigurationProperties("ponte.invitation-throttle")
record InvitationThrottleProperties(
        @DefaultValue("20") int perInviter,
        @DefaultValue("20") int perOrganisation,
        @DefaultValue("1h") Duration per) {
}
