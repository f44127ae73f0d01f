package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotificationLine;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Merging a duplicate into its original, across organisations. */
@H2Test
class MergeTest extends SignedInServiceTest {

    @Autowired
    RequestSupport support;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    NotificationCenter center;
    @Autowired
    RequestLists lists;
    @Autowired
    DemoFixtures fixtures;

    @Test
    void merging_moves_supporters_and_watchers_to_the_original_and_tells_the_duplicates_requester_where_to_look() {
        String auroraRequester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        String meridianRequester = fixtures.newMember("Meridian Bank", Role.CLIENT);
        String supporterAtMarketing = fixtures.newMember("Marketing", Role.INTERNAL);
        long original = as(auroraRequester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Refund API", "Refunds are manual today.")));
        long duplicate = as(meridianRequester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "API for refunds", "Our call centre refunds by e-mail.")));
        share(duplicate);
        SignedIn.run(users, supporterAtMarketing, () -> support.support(duplicate, "Campaign refunds"));

        SignedIn.run(users, "lead@ponte.test", () -> workflow.markDuplicate(duplicate, original, "Same ask",
                version(duplicate)));

        RequestDetails merged = as(meridianRequester, () -> reading.details(duplicate));
        assertThat(merged.status()).isEqualTo(RequestStatus.DUPLICATE);
        assertThat(merged.triage().duplicateOfId()).isEqualTo(original);
        assertThat(as("lead@ponte.test", () -> support.supporters(original)))
                .extracting(SupportEntry::organisationName).containsExactlyInAnyOrder("Meridian Bank", "Marketing");
        assertThat(as(meridianRequester, () -> reading.visibility(original))).isEqualTo(RequestVisibility.SHARED);

        NotificationLine told = as(meridianRequester, () -> center.latest(1)).getFirst();
        assertThat(told.messageKey()).isEqualTo(NotificationEvent.MERGED.messageKey());
        assertThat(told.link()).isEqualTo("requests/" + original);
        assertThat(as(supporterAtMarketing, () -> center.latest(1)).getFirst().messageKey())
                .isEqualTo(NotificationEvent.MERGED.messageKey());

        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(original, RequestStatus.TRIAGED, null,
                version(original)));
        assertThat(as(meridianRequester, () -> center.latest(1)).getFirst().messageKey())
                .isEqualTo(NotificationEvent.STATUS_CHANGED.messageKey());
    }

    @Test
    void a_cross_organisation_merge_lets_the_duplicates_organisation_follow_the_original_and_no_third_organisation() {
        String originalOrganisation = fixtures.newClient();
        String duplicateOrganisation = fixtures.newClient();
        String thirdOrganisation = fixtures.newClient();
        String originalRequester = fixtures.newMember(originalOrganisation, Role.CLIENT);
        String duplicateRequester = fixtures.newMember(duplicateOrganisation, Role.CLIENT);
        String duplicateColleague = fixtures.newMember(duplicateOrganisation, Role.CLIENT);
        String outsider = fixtures.newMember(thirdOrganisation, Role.CLIENT_ADMIN);
        long original = as(originalRequester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Payout reconciliation file", "Our finance team reconciles payouts by hand.")));
        long duplicate = as(duplicateRequester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Reconciliation export for payouts", "We need the payouts in a file.")));

        SignedIn.run(users, "lead@ponte.test", () -> workflow.markDuplicate(duplicate, original, "Same ask",
                version(duplicate)));

        assertThat(as("lead@ponte.test", () -> reading.details(original)).triage().shared()).isFalse();
        for (Runnable peek : List.<Runnable>of(() -> reading.visibility(original), () -> support.shared(original),
                () -> support.support(original, "Us too"), () -> reading.details(original))) {
            assertThat(catchThrowable(() -> SignedIn.run(users, outsider, peek)))
                    .isInstanceOf(NotFoundInScopeException.class);
        }
        assertThat(listed(outsider)).doesNotContain(original);
        assertThat(as(outsider, () -> intake.similar("payout reconciliation"))).extracting(SimilarRequest::id)
                .doesNotContain(original);

        for (String follower : List.of(duplicateRequester, duplicateColleague)) {
            assertThat(as(follower, () -> reading.visibility(original))).isEqualTo(RequestVisibility.SHARED);
            assertThat(as(follower, () -> support.shared(original)).title()).isEqualTo("Payout reconciliation file");
            assertThat(listed(follower)).contains(original, duplicate);
        }
        assertThat(catchThrowable(() -> as(duplicateRequester, () -> reading.details(original))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(as(originalRequester, () -> reading.visibility(original))).isEqualTo(RequestVisibility.FULL);
    }

    @Test
    void supporters_keep_following_a_request_the_team_stops_sharing_and_other_organisations_lose_it() {
        String requester = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        String supporter = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        String bystander = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        long id = as(requester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Dark mode for the portal", "Our night shift reads it all night.")));
        share(id);
        SignedIn.run(users, supporter, () -> support.support(id, "Night shift too"));
        assertThat(as(bystander, () -> reading.visibility(id))).isEqualTo(RequestVisibility.SHARED);

        SignedIn.run(users, "lead@ponte.test", () -> workflow.share(id, false, version(id)));

        assertThat(as(supporter, () -> reading.visibility(id))).isEqualTo(RequestVisibility.SHARED);
        assertThat(listed(supporter)).contains(id);
        assertThat(catchThrowable(() -> as(bystander, () -> reading.visibility(id))))
                .isInstanceOf(NotFoundInScopeException.class);
    }

    private List<Long> listed(String email) {
        return as(email, () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 50))).getContent().stream()
                .map(RequestSummary::id).toList();
    }

    private void share(long id) {
        SignedIn.run(users, "lead@ponte.test", () -> workflow.share(id, true, version(id)));
    }

    private long version(long id) {
        return as("lead@ponte.test", () -> reading.details(id)).version();
    }
}
