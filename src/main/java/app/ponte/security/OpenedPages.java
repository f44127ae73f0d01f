package app.ponte.security;

import java.util.OptionalLong;

/**
 * Which organisation the page an action comes from was opened in: every page (a browser tab) remembers the
 * organisation the person worked in when it opened, so that {@link OrganisationScope#forChange()} can refuse a
 * change from a tab left open across a switch. Declared here, implemented by the UI layer.
 */
public interface OpenedPages {

    /** The organisation the current page was opened in; empty outside a page (a job, a service test). */
    OptionalLong organisationOfCurrentPage();
}
