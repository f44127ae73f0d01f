package app.ponte.base.ui;

import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.OpenedPages;
import app.ponte.security.PonteUser;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Every page remembers the organisation it was opened in: each navigation of a browser tab (a Vaadin UI)
 * notes the person's active organisation, and a change from that tab is checked against it
 * ({@link app.ponte.security.OrganisationScope#forChange()}). Switching in another tab changes the person's
 * organisation for the whole session, but not what this tab shows.
 */
@Component
class PageOrganisation implements OpenedPages {

    private static final String KEY = PageOrganisation.class.getName();

    private final CurrentUser currentUser;

    PageOrganisation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The tab shows a page now: it works in the person's active organisation (none when signed out). */
    void opened(UI ui) {
        Long organisationId = currentUser.get().flatMap(PonteUser::active).map(MembershipGrant::organisationId)
                .orElse(null);
        ComponentUtil.setData(ui, KEY, organisationId);
    }

    @Override
    public OptionalLong organisationOfCurrentPage() {
        UI ui = UI.getCurrent();
        return ui != null && ComponentUtil.getData(ui, KEY) instanceof Long organisationId
                ? OptionalLong.of(organisationId) : OptionalLong.empty();
    }
}
