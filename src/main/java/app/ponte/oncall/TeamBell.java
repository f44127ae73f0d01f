package app.ponte.oncall;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.TeamDirectory;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells every active team member in the app, whatever they chose, inside the caller's transaction: what the on-call
 * cover could not do on its own (an organisation held back by its page limit, an incident nobody could be paged for).
 */
@Component
class TeamBell {

    private final TeamDirectory team;
    private final NotificationCenter notifications;

    TeamBell(TeamDirectory team, NotificationCenter notifications) {
        this.team = team;
        this.notifications = notifications;
    }

    /** Returns how many people were told. */
    int tell(NotificationEvent event, List<Argument> arguments, String path) {
        List<Long> everybody = team.activeTeamAccountIds();
        everybody.forEach(accountId -> notifications.sendInAppRegardless(accountId, event, arguments, path));
        return everybody.size();
    }
}
