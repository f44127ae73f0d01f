package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotificationLine;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

    private void share(long id) {
        SignedIn.run(users, "lead@ponte.test", () -> workflow.share(id, true, version(id)));
    }

    private long version(long id) {
        return as("lead@ponte.test", () -> reading.details(id)).version();
    }
}
