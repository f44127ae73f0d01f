package app.ponte.request;

import app.ponte.notification.Recipient;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WatcherRepository extends JpaRepository<Watcher, Long> {

    boolean existsByRequestIdAndAccountId(long requestId, long accountId);

    @Modifying
    @Query("delete from Watcher w where w.request.id = :requestId and w.account.id = :accountId")
    int unwatch(long requestId, long accountId);

    /** Makes a duplicate's watchers watch its original (once each); they keep watching the duplicate too. */
    @Modifying
    @Query(value = """
            insert into request_watchers (request_id, account_id, created_at)
            select :originalId, w.account_id, w.created_at from request_watchers w
            where w.request_id = :duplicateId
              and not exists (select 1 from request_watchers o where o.request_id = :originalId
                              and o.account_id = w.account_id)
            """, nativeQuery = true)
    int moveWatchers(long duplicateId, long originalId);

    /**
     * The watchers who may still see the news now: active, and an active member of the team, or (unless
     * the news is internal) of the request's organisation, or (for news every supporter may see, such as
     * a status change) of an organisation supporting the request. The one who caused it is left out.
     */
    @Query("""
            select new app.ponte.notification.Recipient(a.id, a.email, a.language)
            from Watcher w join w.account a
            where w.request.id = :requestId and a.active = true and a.id <> :actorId
              and exists (select m.id from Membership m join m.organisation o
                  where m.account = a and m.active = true and o.active = true
                    and (o.kind = app.ponte.organisation.OrganisationKind.TEAM
                         or (:teamOnly = false and o.id = :organisationId)
                         or (:withSupporters = true and exists (select s.id from Support s
                             where s.request.id = :requestId and s.organisation = o))))
            """)
    List<Recipient> findAudience(long requestId, long organisationId, long actorId, boolean teamOnly,
            boolean withSupporters);

    /** The people named by e-mail who may see the request, with the same rule as {@link #findAudience}. */
    @Query("""
            select new app.ponte.notification.Recipient(a.id, a.email, a.language)
            from Account a
            where a.email in :emails and a.active = true and a.id <> :actorId
              and exists (select m.id from Membership m join m.organisation o
                  where m.account = a and m.active = true and o.active = true
                    and (o.kind = app.ponte.organisation.OrganisationKind.TEAM
                         or (:teamOnly = false and o.id = :organisationId)))
            """)
    List<Recipient> findMentionable(Collection<String> emails, long organisationId, long actorId, boolean teamOnly);

    /**
     * Who may read a message on a request of {@code organisationId}, by name: the team's active members, and
     * (unless the message is internal) the organisation's; {@code callerId} is left out.
     */
    @Query("""
            select distinct new app.ponte.organisation.PersonOption(a.id, a.displayName, a.email)
            from Account a
            where a.active = true and a.id <> :callerId
              and exists (select m.id from Membership m join m.organisation o
                  where m.account = a and m.active = true and o.active = true
                    and (o.kind = app.ponte.organisation.OrganisationKind.TEAM
                         or (:teamOnly = false and o.id = :organisationId)))
            order by a.displayName
            """)
    List<app.ponte.organisation.PersonOption> findReaders(long organisationId, long callerId, boolean teamOnly);
}
