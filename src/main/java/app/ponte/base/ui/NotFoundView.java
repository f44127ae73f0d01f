package app.ponte.base.ui;

import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.OrganisationSwitcher;
import app.ponte.security.PonteUser;
import app.ponte.security.RecordPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Shown for unknown addresses and for views the active role may not open: the same page for both,
 * so that nobody learns which views exist beyond their rights. One exception, for the person's own data: a
 * link to a record of another of their organisations (a request of the client they do not work in right now)
 * offers to switch there. Anybody who is no member of that organisation gets the same page as for any id.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    static final String ID = "not-found";
    static final String SWITCH_ID = "not-found-switch";

    private final CurrentUser currentUser;
    private final OrganisationSwitch organisationSwitch;
    private final List<RecordPages> recordPages;
    private String title = "";

    NotFoundView(CurrentUser currentUser, OrganisationSwitcher switcher, List<RecordPages> recordPages) {
        this.currentUser = currentUser;
        this.recordPages = recordPages;
        this.organisationSwitch = new OrganisationSwitch(switcher, recordPages);
        setId(ID);
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        String path = event.getLocation().getPath();
        Optional<PonteUser> user = currentUser.get();
        Optional<MembershipGrant> elsewhere = user.flatMap(person -> otherOrganisationHolding(person, path));
        if (user.isPresent() && elsewhere.isPresent()) {
            MembershipGrant grant = elsewhere.get();
            var switchButton = new Button(getTranslation("error.elsewhere.switch", grant.organisationName()),
                    e -> organisationSwitch.switchTo(event.getUI(), user.get(), grant, path));
            switchButton.setId(SWITCH_ID);
            switchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            title = getTranslation("error.elsewhere.title");
            add(new H2(title),
                    new Paragraph(getTranslation("error.elsewhere.text", grant.organisationName())), switchButton,
                    new Paragraph(new Anchor(".", getTranslation("error.back-home"))));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        title = getTranslation("error.not-found.title");
        add(new H2(title),
                new Paragraph(getTranslation("error.not-found.text")),
                new Anchor(".", getTranslation("error.back-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The membership to switch to for a record of another of the person's organisations, if that is what it is. */
    private Optional<MembershipGrant> otherOrganisationHolding(PonteUser user, String path) {
        if (!user.canSwitchOrganisation()) {
            return Optional.empty();
        }
        for (RecordPages pages : recordPages) {
            if (pages.covers(path)) {
                OptionalLong owner = pages.ownerAmongMyOrganisations(path);
                long active = user.active().map(MembershipGrant::organisationId).orElse(-1L);
                if (owner.isEmpty() || owner.getAsLong() == active) {
                    return Optional.empty();
                }
                return user.memberships().stream().filter(grant -> grant.organisationId() == owner.getAsLong())
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
