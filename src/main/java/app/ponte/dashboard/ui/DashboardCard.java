package app.ponte.dashboard.ui;

import app.ponte.base.ui.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Instant;

/**
 * The frame every dashboard block shares: a titled region (its heading names it for screen readers), the content,
 * an optional "see all" link to the list behind it, and when its figures are cached, the moment they were computed.
 */
public class DashboardCard extends Section {

    private final Div body = new Div();
    private final Div footer = new Div();

    public DashboardCard(String id, String title, Component... content) {
        setId(id);
        addClassName("dashboard-card");
        H3 heading = new H3(title);
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        body.addClassName("dashboard-card-body");
        body.add(content);
        footer.addClassName("dashboard-card-footer");
        add(heading, body, footer);
    }

    /** Adds content below what is there. */
    public DashboardCard with(Component... content) {
        body.add(content);
        return this;
    }

    /** A link to the list the block summarises ({@code href} a route with its query). */
    public DashboardCard withLink(String text, String href) {
        Anchor link = new Anchor(href, text);
        link.addClassName("dashboard-card-link");
        footer.add(link);
        return this;
    }

    /** Says when cached figures were computed, in the viewer's zone. */
    public DashboardCard computedAt(Instant computedAt, ViewerTime viewerTime) {
        Paragraph when = new Paragraph(getTranslation("dashboard.computed-at",
                viewerTime.format(computedAt, getLocale())));
        when.addClassName("dashboard-computed-at");
        footer.add(when);
        return this;
    }

    /**
     * Lets the card take two columns of its section where there is room for them (a wide chart, a long list);
     * on a phone every card takes the one column there is.
     */
    public DashboardCard wide() {
        addClassName("dashboard-card-wide");
        return this;
    }

    /** A line saying there is nothing to show, in the block's words. */
    public static Paragraph nothing(String text) {
        Paragraph nothing = new Paragraph(text);
        nothing.addClassName("dashboard-nothing");
        return nothing;
    }
}
