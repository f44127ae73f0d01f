package app.ponte.oncall.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.oncall.OnCall;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The team's on-call line: who is on call now and until when, who takes over next, and each gap of the next four
 * weeks as a warning (in words, not colour alone); the On call page holds the rest. Said with the On call page's own
 * sentences, from the same {@link OnCall} readings.
 */
@org.springframework.stereotype.Component
class OnCallBlock implements DashboardBlock {

    static final String ID = "dashboard-oncall-now";

    private final OnCall onCall;
    private final ViewerTime viewerTime;

    OnCallBlock(OnCall onCall, ViewerTime viewerTime) {
        this.onCall = onCall;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.TEAM);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.QUEUE;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.oncall.title"));
        OnCall.Now current = onCall.now();
        Paragraph now = new Paragraph(current.person() == null ? ui.getTranslation("oncall.now.nobody")
                : ui.getTranslation(current.override() ? "oncall.now.override" : "oncall.now",
                        current.person().displayName(), viewerTime.moment(current.until(), locale)));
        now.setId(ID + "-now");
        if (current.person() == null) {
            now.addClassName("dashboard-oncall-gap");
        }
        card.with(now);
        List<OnCall.HandOverEntry> handOvers = onCall.handOvers();
        Paragraph next = new Paragraph(handOvers.isEmpty() ? ui.getTranslation("oncall.hand-overs.none")
                : ui.getTranslation("dashboard.oncall.next", viewerTime.moment(handOvers.getFirst().at(), locale),
                        handOvers.getFirst().personName() == null ? ui.getTranslation("oncall.nobody")
                                : handOvers.getFirst().personName()));
        next.setId(ID + "-next");
        card.with(next);
        for (OnCall.GapWarning gap : onCall.gaps()) {
            Paragraph warning = new Paragraph(ui.getTranslation("oncall.gap.warning",
                    ui.getTranslation(gap.kind().labelKey()), gap.personName() == null ? "–" : gap.personName(),
                    viewerTime.moment(gap.from(), locale), viewerTime.moment(gap.to(), locale)));
            warning.addClassName("dashboard-oncall-gap");
            card.with(warning);
        }
        card.withLink(ui.getTranslation("dashboard.oncall.link"), "on-call");
        return Optional.of(card);
    }
}
