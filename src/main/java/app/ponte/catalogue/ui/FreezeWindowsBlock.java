package app.ponte.catalogue.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.catalogue.FreezeWindows;
import app.ponte.catalogue.UpcomingFreeze;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A requester's freeze windows coming up in the next {@value #DAYS_AHEAD} days on the systems the organisation
 * depends on: its own (with why) and other organisations' (the system and the days only, as the review agenda says
 * them: never whose or why), leading to the freeze windows page.
 */
@SpringComponent
class FreezeWindowsBlock implements DashboardBlock {

    static final String ID = "dashboard-catalogue-freezes";
    static final int DAYS_AHEAD = 60;
    static final int SHOWN = 8;

    private final FreezeWindows windows;

    FreezeWindowsBlock(FreezeWindows windows) {
        this.windows = windows;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.REQUESTER);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.OUR_SYSTEMS;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        return Optional.of(new FreezesCard(windows.upcomingForMyOrganisation(DAYS_AHEAD, SHOWN)));
    }

    /** The card: one line per window, the own ones marked in words (not by colour alone). */
    static class FreezesCard extends DashboardCard {

        FreezesCard(List<UpcomingFreeze> upcoming) {
            super(ID, I18NProvider.translate("dashboard.catalogue.freezes.title", DAYS_AHEAD));
            if (upcoming.isEmpty()) {
                with(nothing(getTranslation("dashboard.catalogue.freezes.none", DAYS_AHEAD)));
            } else {
                var list = new UnorderedList();
                list.addClassName("dashboard-catalogue-freezes-list");
                upcoming.forEach(freeze -> list.add(line(freeze)));
                with(list);
            }
            withLink(getTranslation("dashboard.catalogue.freezes.link"), "freeze-windows");
        }

        private ListItem line(UpcomingFreeze freeze) {
            String from = LocalisedFormats.day(freeze.startsOn(), getLocale());
            String to = LocalisedFormats.day(freeze.endsOn(), getLocale());
            var whose = new Span(getTranslation(freeze.own() ? "dashboard.catalogue.freezes.own"
                    : "dashboard.catalogue.freezes.depended"));
            whose.addClassName(freeze.own() ? "dashboard-catalogue-freeze-own" : "dashboard-catalogue-freeze-depended");
            String text = freeze.own()
                    ? getTranslation("dashboard.catalogue.freezes.own-line", freeze.systemName(), from, to,
                            freeze.reason())
                    : getTranslation("dashboard.catalogue.freezes.depended-line", freeze.systemName(), from, to);
            var item = new ListItem(whose, new Span(" " + text));
            item.addClassName("dashboard-catalogue-freeze");
            return item;
        }
    }
}
