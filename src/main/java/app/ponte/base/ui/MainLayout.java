package app.ponte.base.ui;

import app.ponte.base.UnreadNotifications;
import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.OrganisationSwitcher;
import app.ponte.security.PonteUser;
import app.ponte.security.RecordPages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every signed-in view: the side navigation lists only the views the active role
 * may open (Vaadin filters menu entries through the same access control that guards navigation),
 * and the user menu offers profile, organisation switch and sign-out. Landmarks for assistive technology: the
 * bar on top is the page's banner, the drawer its navigation, and every view is shown inside the one main.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String NAV_ID = "main-nav";
    static final String USER_MENU_ID = "user-menu";
    static final String MAIN_ID = "main-content";

    private final OrganisationSwitch organisationSwitch;
    private final AuthenticationContext authenticationContext;
    private final H1 viewTitle = new H1();
    private final Main main = new Main();

    private final NotificationBell bell;

    MainLayout(CurrentUser currentUser, OrganisationSwitcher organisationSwitcher, List<RecordPages> recordPages,
            AuthenticationContext authenticationContext, UnreadNotifications notifications, ViewerTime viewerTime) {
        this.organisationSwitch = new OrganisationSwitch(organisationSwitcher, recordPages);
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        var banner = new Header(new DrawerToggle(), viewTitle);
        banner.addClassName("app-banner");
        // Error pages use this layout too, and may be shown to someone who is not signed in.
        bell = currentUser.get().isPresent() ? new NotificationBell(notifications, viewerTime) : null;
        if (bell != null) {
            banner.add(bell);
        }
        addToNavbar(banner);
        var drawer = new Nav(appHeader(), sideNav());
        drawer.addClassName("app-drawer");
        drawer.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        currentUser.get().ifPresent(user -> drawer.add(userMenu(user)));
        addToDrawer(drawer);
        main.setId(MAIN_ID);
        main.addClassName("app-main");
        setContent(main);
    }

    /** Every view goes inside the page's one main landmark; on a phone the drawer closes, as AppLayout does. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    /** The browser tab may say "Our requests · Ponte"; the page's own header, inside Ponte, says "Our requests". */
    private String headerTitle(String pageTitle) {
        String suffix = " · " + getTranslation("app.name");
        return pageTitle.endsWith(suffix) ? pageTitle.substring(0, pageTitle.length() - suffix.length()) : pageTitle;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = main.getChildren().findFirst().orElse(null);
        viewTitle.setText(content instanceof HasDynamicTitle titled ? headerTitle(titled.getPageTitle()) : "");
        if (bell != null) {
            bell.refreshCount();
        }
    }

    private Div appHeader() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("app-name");
        var header = new Div(new Icon(VaadinIcon.CONNECT), name);
        header.addClassName("app-header");
        return header;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.setId(NAV_ID);
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private SideNavItem navItem(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }

    private Component userMenu(PonteUser user) {
        var avatar = new Avatar(user.displayName());
        var name = new Div(new Span(user.displayName()),
                new Span(user.active().map(MembershipGrant::organisationName).orElse("")));
        name.addClassName("user-menu-name");

        var menu = new MenuBar();
        menu.setId(USER_MENU_ID);
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menu.addItem(new Div(avatar, name));
        SubMenu items = root.getSubMenu();
        items.addItem(getTranslation("menu.profile"), e -> UI.getCurrent().navigate("profile"));
        if (user.canSwitchOrganisation()) {
            SubMenu organisations = items.addItem(getTranslation("menu.switch-organisation")).getSubMenu();
            for (MembershipGrant grant : user.memberships()) {
                MenuItem item = organisations.addItem(
                        grant.organisationName() + " · " + getTranslation(grant.role().labelKey()),
                        e -> {
                            if (user.active().filter(grant::equals).isEmpty()) {
                                organisationSwitch.confirm(UI.getCurrent(), user, grant);
                            }
                        });
                item.setCheckable(true);
                item.setChecked(user.active().filter(grant::equals).isPresent());
            }
        }
        items.addItem(getTranslation("menu.logout"), e -> authenticationContext.logout());
        var wrapper = new Div(menu);
        wrapper.addClassName("user-menu");
        return wrapper;
    }
}
