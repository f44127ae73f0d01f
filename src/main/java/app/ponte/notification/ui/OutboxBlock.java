package app.ponte.notification.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.notification.MailOutbox;
import app.ponte.notification.OutboxFailure;
import app.ponte.notification.OutboxWatch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.Set;

/**
 * The administrators' watch on e-mail: how many messages wait to be tried again after a failure, how many were given
 * up, how many went out in the last 24 hours, and the latest failures (where the outbox may be read at all, with the
 * outbox view's rules: links hidden). Leads to the Outbox view.
 */
@org.springframework.stereotype.Component
class OutboxBlock implements DashboardBlock {

    static final String ID = "dashboard-notification-outbox";
    static final int LATEST = 5;

    private final MailOutbox outbox;
    private final ViewerTime viewerTime;

    OutboxBlock(MailOutbox outbox, ViewerTime viewerTime) {
        this.outbox = outbox;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.ADMIN);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 71;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        return audience == DashboardAudience.ADMIN ? Optional.of(new OutboxCard(outbox.watch(LATEST), viewerTime))
                : Optional.empty();
    }

    /** The card itself: built for one page, in the viewer's language. */
    static class OutboxCard extends DashboardCard {

        OutboxCard(OutboxWatch watch, ViewerTime viewerTime) {
            super(ID, UI.getCurrent().getTranslation("dashboard.admin.outbox.title"));
            UnorderedList counts = new UnorderedList(
                    count("retrying", "dashboard.admin.outbox.retrying", watch.retrying()),
                    count("given-up", "dashboard.admin.outbox.given-up", watch.givenUp()),
                    count("sent", "dashboard.admin.outbox.sent-last-day", watch.sentLastDay()));
            counts.addClassName("dashboard-admin-figures");
            with(counts);
            if (!watch.readable()) {
                with(new Paragraph(getTranslation("dashboard.admin.outbox.closed")));
                return;
            }
            if (watch.latestFailures().isEmpty()) {
                with(nothing(getTranslation("dashboard.admin.outbox.no-failures")));
            } else {
                UnorderedList failures = new UnorderedList();
                failures.setId(ID + "-failures");
                failures.addClassName("dashboard-admin-list");
                watch.latestFailures().forEach(f -> failures.add(failure(f, viewerTime)));
                with(new Paragraph(getTranslation("dashboard.admin.outbox.latest")), failures);
            }
            withLink(getTranslation("dashboard.admin.outbox.link"), "outbox");
        }

        private ListItem count(String what, String labelKey, long value) {
            ListItem item = new ListItem(getTranslation(labelKey, value));
            item.setId(ID + "-" + what);
            return item;
        }

        private ListItem failure(OutboxFailure failure, ViewerTime viewerTime) {
            Span subject = new Span(failure.subject());
            subject.addClassName("dashboard-admin-strong");
            Div error = new Div(failure.error() == null ? "" : failure.error());
            error.addClassName("dashboard-admin-error");
            String state = getTranslation("dashboard.admin.outbox.failure",
                    failure.recipient(), getTranslation(failure.status().labelKey()), failure.attempts(),
                    viewerTime.format(failure.nextAttemptAt(), getLocale()));
            return new ListItem(subject, new Div(state), error);
        }
    }
}
