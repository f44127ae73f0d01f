package app.ponte.request.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.SupportDeadline;
import app.ponte.request.SupportDeadline.Standing;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A support request's next SLA deadline as the lists and the request's heading say it, in the viewer's zone and
 * language: the target ("First response"), the due time relative and absolute ("in 1 h 20 min · Mon 12:30",
 * "breached 35 min ago", "paused") and a badge naming the standing, so that colour is never the only sign.
 */
final class SlaLabel {

    private SlaLabel() {
    }

    /** "First response", or nothing without a deadline. */
    static String target(Component in, SupportDeadline deadline) {
        return deadline.target() == null ? "" : in.getTranslation(deadline.target().labelKey());
    }

    /** "On track", "At risk", "Breached", "Paused"; nothing without a deadline. */
    static String standing(Component in, SupportDeadline deadline, Instant now) {
        Standing standing = deadline.standingAt(now);
        return standing == Standing.NONE ? "" : in.getTranslation(standing.labelKey());
    }

    /** The class styles.css colours the badge with ({@code sla-at-risk}); the text says it too. */
    static String styleName(SupportDeadline deadline, Instant now) {
        return "sla-" + deadline.standingAt(now).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "in 1 h 20 min · Mon 12:30", "breached 35 min ago", "paused"; nothing without a deadline. */
    static String due(Component in, Locale locale, ZoneId zone, SupportDeadline deadline, Instant now) {
        return switch (deadline.standingAt(now)) {
            case NONE -> "";
            case PAUSED -> in.getTranslation("requests.sla.paused");
            case BREACHED -> in.getTranslation("requests.sla.breached-ago",
                    LocalisedFormats.durationInDays(in, Duration.between(deadline.dueAt(), now)));
            case ON_TRACK, AT_RISK -> in.getTranslation("requests.sla.due-in",
                    LocalisedFormats.durationInDays(in, Duration.between(now, deadline.dueAt())),
                    ViewerTime.near(deadline.dueAt(), zone, locale, now));
        };
    }

    /** The list cell and the phone card's line: "First response · in 1 h 20 min · Mon 12:30". */
    static String line(Component in, Locale locale, ZoneId zone, SupportDeadline deadline, Instant now) {
        if (deadline.standingAt(now) == Standing.NONE) {
            return "";
        }
        return in.getTranslation("requests.sla.line", target(in, deadline), due(in, locale, zone, deadline, now));
    }

    /**
     * The heading's badge: "First response at risk · due 12:30", "Resolution paused". A pause waits for the
     * requester, who reads that it waits for their answer.
     */
    static String heading(Component in, Locale locale, ZoneId zone, SupportDeadline deadline, Instant now,
            boolean requesterSide) {
        Standing standing = deadline.standingAt(now);
        if (standing == Standing.NONE) {
            return "";
        }
        String key = standing == Standing.PAUSED && requesterSide ? "requests.sla.heading.for-requester.PAUSED"
                : "requests.sla.heading." + standing.name();
        return in.getTranslation(key, target(in, deadline),
                ViewerTime.near(deadline.dueAt(), zone, locale, now));
    }

    /** A badge holding the standing's words, styled by standing; hidden without a deadline. */
    static Span badge(Span badge, String text, SupportDeadline deadline, Instant now) {
        badge.getClassNames().removeIf(name -> name.startsWith("sla-"));
        badge.addClassNames("sla-badge", styleName(deadline, now));
        badge.setText(text);
        badge.setVisible(!text.isEmpty());
        return badge;
    }
}
