package app.ponte.meeting;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.Contact;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.AdminOnly;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells each open action item's owner the day before it is due and the day after it went overdue (days in the
 * organisation's zone), once each: a reminder row per item and kind, unique, is written with the notice. An owner
 * who is no longer an active member of their side is not told (the row is still written, so it is not retried).
 */
@Service
@Transactional(readOnly = true)
public class ActionItemReminders {

    private final ActionItemRepository items;
    private final ActionItemReminderRepository reminders;
    private final NotificationCenter notifications;
    private final Contacts contacts;
    private final TeamDirectory team;
    private final OrganisationNames names;
    private final Clock clock;

    ActionItemReminders(ActionItemRepository items, ActionItemReminderRepository reminders,
            NotificationCenter notifications, Contacts contacts, TeamDirectory team, OrganisationNames names,
            Clock clock) {
        this.items = items;
        this.reminders = reminders;
        this.notifications = notifications;
        this.contacts = contacts;
        this.team = team;
        this.names = names;
        this.clock = clock;
    }

    /** Sends the reminders due now; returns how many people were told. Run by the daily job, as the system. */
    @AdminOnly
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        List<ActionItem> candidates = items.findRemindable(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(2));
        Map<Long, ZoneId> zones = names.summaries(candidates.stream().map(ActionItem::getOrganisationId).distinct()
                .toList()).stream().collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::timeZone,
                        (first, second) -> first));
        int told = 0;
        for (ActionItem item : candidates) {
            LocalDate today = LocalDate.ofInstant(now, zones.getOrDefault(item.getOrganisationId(), ZoneOffset.UTC));
            Optional<ReminderKind> due = kindDue(item.getDueDay(), today);
            if (due.isPresent() && !reminders.existsByActionItemIdAndKind(item.getId(), due.get())) {
                reminders.saveAndFlush(new ActionItemReminder(item.getId(), due.get(), now));
                if (tell(item, due.get())) {
                    told++;
                }
            }
        }
        return told;
    }

    /** The day before (or on) the due day: "due tomorrow"; any day after it: "overdue". */
    private static Optional<ReminderKind> kindDue(LocalDate dueDay, LocalDate today) {
        if (today.isAfter(dueDay)) {
            return Optional.of(ReminderKind.AFTER);
        }
        return today.plusDays(1).isBefore(dueDay) ? Optional.empty() : Optional.of(ReminderKind.BEFORE);
    }

    private boolean tell(ActionItem item, ReminderKind kind) {
        boolean stillOnSide = item.getOwnerSide() == OwnerSide.TEAM ? team.isActiveTeamPerson(item.getOwnerId())
                : contacts.isActiveMember(item.getOwnerId(), item.getOrganisationId());
        Optional<Contact> owner = stillOnSide ? contacts.person(item.getOwnerId()) : Optional.empty();
        owner.ifPresent(person -> notifications.sendFromService(person.recipient(),
                kind == ReminderKind.BEFORE ? NotificationEvent.ACTION_ITEM_DUE : NotificationEvent.ACTION_ITEM_OVERDUE,
                List.of(Argument.text(item.getText()), new Argument.Day(item.getDueDay())),
                "meetings/" + item.getMeetingId()));
        return owner.isPresent();
    }
}
