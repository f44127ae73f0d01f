package app.ponte.oncall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.oncall.OnCall;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team's on-call block: who is on call now and next, as the rota says at that moment. */
class OnCallBlockTest extends UiTest {

    @Autowired
    OnCall onCall;
    @Autowired
    TestClock clock;

    /** Opens the home page afresh (navigating to the page shown already would keep the earlier viewer's blocks). */
    private void home() {
        UI.getCurrent().navigate("action-items");
        UI.getCurrent().navigate("");
    }

    @Test
    void the_team_reads_who_is_on_call_now_and_who_takes_over_next_as_the_rota_says_at_that_moment() {
        for (Duration later : new Duration[] {Duration.ZERO, Duration.ofDays(7), Duration.ofDays(10)}) {
            clock.advance(later);
            OnCall.Now now = SignedIn.as(users, "lead@ponte.test", () -> onCall.now());
            var next = SignedIn.as(users, "lead@ponte.test", () -> onCall.handOvers()).getFirst();

            signInAs("dev@ponte.test");
            home();

            assertThat(find(Paragraph.class).id(OnCallBlock.ID + "-now").getText())
                    .contains(now.person().displayName());
            assertThat(find(Paragraph.class).id(OnCallBlock.ID + "-next").getText()).contains(next.personName());
        }
        DashboardCard card = find(DashboardCard.class).id(OnCallBlock.ID);
        assertThat(card.getChildren().flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())).containsExactly("on-call");
    }
}
