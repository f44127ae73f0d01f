package app.ponte.meeting;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.PublicLinks;
import app.ponte.base.TranslationProvider;
import app.ponte.organisation.Contact;
import app.ponte.organisation.Contacts;
import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.Anyone;
import app.ponte.security.AnyMember;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.SecureTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar files people take away: each person's feed (a secret address, shown once when made: only its hash is
 * kept; a new address revokes the old one) and one meeting's entry from its page.
 *
 * <p>A feed holds the running series the person attends and the single meetings they take part in, within the
 * organisations they are still an active member of (team people: every meeting they attend), in their language.
 * An unknown or revoked token, or a person no longer active, gets the same "not found".
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    private static final Set<String> NEW_PASSWORD = Set.of("account.password-change", "account.password-reset");

    static final String PATH = "calendar/";

    private final CalendarFeedRepository feeds;
    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingPeople seats;
    private final CalendarEntries entries;
    private final Contacts contacts;
    private final TeamDirectory team;
    private final OrganisationNames organisationNames;
    private final CurrentUser currentUser;
    private final PublicLinks links;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, MeetingSeriesRepository series, MeetingRepository meetings, MeetingAccess access, MeetingPeople seats,
            CalendarEntries entries, Contacts contacts, TeamDirectory team, OrganisationNames organisationNames,
            CurrentUser currentUser, PublicLinks links, Clock clock) {
        this.feeds = feeds;
        this.series = series;
        this.meetings = meetings;
        this.access = access;
        this.seats = seats;
        this.entries = entries;
        this.contacts = contacts;
        this.team = team;
        this.organisationNames = organisationNames;
        this.currentUser = currentUser;
        this.links = links;
        this.clock = clock;
    }

    /** Since when the caller's feed address works, if they have one. */
    @AnyoneSignedIn
    public Optional<Instant> myFeedSince() {
        return feeds.findActiveByAccountId(currentUser.require().accountId()).stream()
                .map(CalendarFeed::getCreatedAt).max(Instant::compareTo);
    }

    /** A new address for the caller's feed; the old one stops working. The address is shown only now. */
    @AnyoneSignedIn
    @Transactional
    public String newAddress() {
        long accountId = currentUser.require().accountId();
        revokeAll(accountId);
        String token = SecureTokens.newToken();
        feeds.save(new CalendarFeed(accountId, SecureTokens.hash(token), clock.instant()));
        return links.to(PATH + token + ".ics");
    }

    /** Stops the caller's feed: calendar apps subscribed to it get "not found" from now on. */
    @AnyoneSignedIn
    @Transactional
    public void stop() {
        revokeAll(currentUser.require().accountId());
    }

    /** The feed behind a token (from an address, without signing in), or empty: unknown, revoked or inactive. */
    @Anyone
    public Optional<byte[]> feed(String token) {
        Optional<CalendarFeed> feed = feeds.findActiveByTokenHash(SecureTokens.hash(token));
        Optional<Contact> person = feed.flatMap(f -> contacts.person(f.getAccountId()));
        return person.map(this::feedOf);
    }

    /** One meeting's calendar entry, for whoever may see its organisation; otherwise "not found" like a missing id. */
    @AnyMember
    public byte[] meetingEntry(long meetingId) {
        Meeting meeting = access.open("meeting.ics", meetingId);
        String organisation = organisationNames.names(Set.of(meeting.getOrganisationId()))
                .getOrDefault(meeting.getOrganisationId(), "");
        List<Contact> people = seats.seatedContacts(meeting.getOrganisationId(), meeting.getParticipantIds());
        return entries.download(meeting, organisation, people, currentUser.require().locale());
    }

    /**
     * A new password (changed by its owner or through a reset link) ends the person's feed addresses, so that
     * whoever had taken over the account and made one reads no more of the person's meetings. Heard in the
     * password change's own transaction.
     */
    @EventListener
    @Transactional
    void onNewPassword(AdministrativeChange change) {
        if (NEW_PASSWORD.contains(change.action()) && change.targetId() != null) {
            revokeAll(change.targetId());
        }
    }

    private void revokeAll(long accountId) {
        Instant now = clock.instant();
        feeds.findActiveByAccountId(accountId).forEach(feed -> feed.revoke(now));
    }

    private byte[] feedOf(Contact person) {
        long accountId = person.accountId();
        boolean onTeam = team.activeTeamAccountIds().contains(accountId);
        List<MeetingSeries> attended = series.findFeedSeries(accountId).stream()
                .filter(s -> onTeam || contacts.isActiveMember(accountId, s.getOrganisationId())).toList();
        List<Meeting> singles = meetings.findFeedSingles(accountId).stream()
                .filter(m -> onTeam || contacts.isActiveMember(accountId, m.getOrganisationId())).toList();
        Set<Long> organisationIds = new HashSet<>();
        attended.forEach(s -> organisationIds.add(s.getOrganisationId()));
        singles.forEach(m -> organisationIds.add(m.getOrganisationId()));
        Map<Long, String> names = organisationNames.names(organisationIds);
        Map<Long, List<Meeting>> occurrences = attended.isEmpty() ? Map.of()
                : meetings.findFeedOccurrences(attended.stream().map(MeetingSeries::getId).toList()).stream()
                        .collect(Collectors.groupingBy(Meeting::getSeriesId));
        List<CalendarEntries.FeedSeries> drawn = new ArrayList<>();
        for (MeetingSeries each : attended) {
            drawn.add(new CalendarEntries.FeedSeries(each, CalendarEntries.firstStart(each),
                    names.getOrDefault(each.getOrganisationId(), ""),
                    occurrences.getOrDefault(each.getId(), List.of())));
        }
        Locale locale = TranslationProvider.fromTag(person.languageTag());
        return entries.feed(drawn, singles, names, locale);
    }
}
