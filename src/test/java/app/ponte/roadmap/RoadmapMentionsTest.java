package app.ponte.roadmap;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.roadmap.SharedInitiatives.Shared;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Before the team saves roadmap text, the organisations it names that another organisation would read: the
 * text a client reads naming another client or a department, never the reader naming itself.
 */
@H2Test
class RoadmapMentionsTest extends SignedInServiceTest {

    @Autowired
    SharedInitiatives shared;
    @Autowired
    RoadmapMentions mentions;

    @Test
    void a_milestone_text_one_client_reads_naming_another_organisation_is_reported_but_naming_the_reader_is_not() {
        Shared hub = shared.create("Shared mention hub", false);

        assertThat(as(LEAD, () -> mentions.inMilestone(hub.initiative(), hub.aurora(), false,
                "Waits for Meridian Bank's audit", "Nothing ships inside Sales' quarter-end freeze").named()))
                .containsExactly("Meridian Bank", "Sales");
        assertThat(as(LEAD, () -> mentions.inMilestone(hub.initiative(), hub.aurora(), false,
                "Aurora Commerce asked for it").named())).isEmpty();
        assertThat(as(LEAD, () -> mentions.inMilestone(hub.initiative(), hub.aurora(), true,
                "Aurora Commerce asked for it").named())).as("a public milestone is read by Meridian too")
                .containsExactly("Aurora Commerce");
        assertThat(as(LEAD, () -> mentions.inMilestone(hub.initiative(), null, false, "For Aurora Commerce").named()))
                .as("a new milestone is read by whoever's request joins it").containsExactly("Aurora Commerce");
    }

    @Test
    void names_count_as_whole_words_with_case_ignored_and_text_naming_nobody_passes() {
        Shared hub = shared.create("Shared words hub", false);

        assertThat(as(LEAD, () -> mentions.inMilestone(hub.initiative(), hub.aurora(), false,
                "MERIDIAN BANK signs off; wholesale figures first", "human resources").named()))
                .containsExactly("Human Resources", "Meridian Bank");
        assertThat(as(LEAD, () -> mentions.inMilestone(hub.initiative(), hub.aurora(), false,
                "Salesforce export, planned by the Backend Team", " ", null).named())).isEmpty();
    }

    @Test
    void initiative_text_is_read_by_every_organisation_when_public_and_by_those_it_delivers_for_otherwise() {
        Shared hub = shared.create("Shared initiative words", false);

        assertThat(as(LEAD, () -> mentions.inInitiative(null, true, "Before Marketing's launch", null).named()))
                .containsExactly("Marketing");
        assertThat(as(LEAD, () -> mentions.inInitiative(hub.initiative(), false, "For Aurora Commerce").named()))
                .as("Meridian reads it").containsExactly("Aurora Commerce");
        assertThat(as(LEAD, () -> mentions.inTakeOut(hub.aurora(), hub.auroraRequest(), "Aurora Commerce moved it").named()))
                .isEmpty();
        assertThat(as(LEAD, () -> mentions.inTakeOut(hub.aurora(), hub.auroraRequest(), "Finance moved it").named()))
                .containsExactly("Finance");
    }
}
