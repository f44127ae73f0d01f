package app.ponte.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.HealthRow;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.DormantAccount;
import app.ponte.organisation.DormantAccounts;
import app.ponte.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/** The administrators' blocks on the home page: shown to admins, absent for the team and for requesters. */
class AdminDashboardTest extends UiTest {

    static final List<String> ADMIN_BLOCKS = List.of("dashboard-organisation-quiet", "dashboard-notification-outbox",
            "dashboard-audit-refusals", "dashboard-organisation-never-signed-in", "dashboard-jobs");

    @Autowired
    DormantAccounts dormant;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    ViewerTime viewerTime;

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_admin_home_shows_every_administration_block_in_their_language() {
        UI.getCurrent().navigate("");

        assertThat(sectionIds()).containsAll(ADMIN_BLOCKS).contains("dashboard-administration");
        assertThat(text("dashboard-notification-outbox")).contains("Caixa de saída de e-mails");
        assertThat(text("dashboard-jobs")).contains("Tarefas");
    }

    @Test
    void the_team_and_requesters_see_none_of_the_administration_blocks() {
        for (String email : List.of("lead@ponte.test", "ana@aurora.test", "marketing@ponte.test")) {
            signInAs(email);

            UI.getCurrent().navigate("");

            assertThat(sectionIds()).as(email).doesNotContainAnyElementsOf(ADMIN_BLOCKS)
                    .doesNotContain("dashboard-administration");
        }
    }

    @Test
    void the_never_signed_in_figure_equals_the_accounts_the_service_lists() {
        fixtures.newMember("Meridian Bank", Role.CLIENT);
        signInAs("admin@ponte.test");
        UI.getCurrent().navigate("");

        long count = dormant.count();
        List<DormantAccount> oldest = dormant.oldest(PageRequest.of(0, NeverSignedInBlock.SHOWN)).getContent();

        assertThat(find(Paragraph.class).id("dashboard-organisation-never-signed-in-count").getText())
                .startsWith(count + " ");
        var shown = find(UnorderedList.class).id("dashboard-organisation-never-signed-in-oldest");
        assertThat(shown.getChildren().count()).isEqualTo(Math.min(count, NeverSignedInBlock.SHOWN));
        assertThat(shown.getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
                .contains(oldest.getFirst().email(), String.join(", ", oldest.getFirst().organisations()));
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void quiet_organisations_keep_the_days_chosen_for_the_session_and_lead_to_each_organisation() {
        UI.getCurrent().navigate("");
        List<Long> asked = new ArrayList<>();
        QuietOrganisations stub = new QuietOrganisations() {
            @Override
            public Slice<HealthRow> quiet(long days, Pageable pageable) {
                asked.add(days);
                return new SliceImpl<>(List.of(new HealthRow(42, "Quiet Client",
                        Map.of(QuietOrganisationsBlock.REVIEW, days + 5))), pageable, false);
            }

            @Override
            public Optional<Instant> computedAt() {
                return Optional.of(Instant.parse("2026-12-01T10:00:00Z"));
            }
        };
        var block = new QuietOrganisationsBlock(stub, viewerTime);

        Component card = block.blockFor(DashboardAudience.ADMIN).orElseThrow();
        UI.getCurrent().add(card);
        test(descendants(card).filter(IntegerField.class::isInstance).map(IntegerField.class::cast).findFirst()
                .orElseThrow()).setValue(45);

        assertThat(asked).containsExactly(30L, 45L);
        assertThat(VaadinSession.getCurrent().getAttribute(QuietOrganisationsBlock.DAYS_KEPT)).isEqualTo(45);
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("Quiet Client", "há 50 dias", "Último contato: nunca");
        assertThat(descendants(card).filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getHref()))
                .contains("organisations?open=42");
        // A block made again in the same session starts from the days kept.
        block.blockFor(DashboardAudience.ADMIN);
        assertThat(asked).containsExactly(30L, 45L, 45L);
        assertThat(block.blockFor(DashboardAudience.TEAM)).isEmpty();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AdminDashboardTest::descendants));
    }

    private List<String> sectionIds() {
        return find(Section.class).all().stream().map(s -> s.getId().orElse("")).toList();
    }

    private String text(String id) {
        return find(Section.class).id(id).getElement().getTextRecursively();
    }
}
