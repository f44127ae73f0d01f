package app.ponte.sla.ui;

import app.ponte.request.SupportDeadline;
import app.ponte.sla.ClockReport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's SLA clock, compact: plan and priority, one line per target (due, met or breached, in the viewer's
 * zone and language, with the business time used) with a badge that says its standing in words, not in colour
 * alone; and for the team the clock's history and its breaches with their causes.
 */
class ClockPanel extends Section {

    final Paragraph plan = new Paragraph();
    final List<Div> targets = new ArrayList<>();
    final Paragraph paused = new Paragraph();
    final UnorderedList history = new UnorderedList();
    final UnorderedList breaches = new UnorderedList();

    ClockPanel(ClockReport report, SlaTexts texts) {
        setId("sla-clock");
        addClassName("sla-clock");
        var heading = new H3(texts.t("sla.clock.heading"));
        heading.setId("sla-clock-heading");
        getElement().setAttribute("aria-labelledby", "sla-clock-heading");
        plan.setText(texts.t("sla.clock.plan", report.planName(), texts.priority(report.priority())));
        plan.addClassName("sla-clock-plan");
        add(heading, plan);
        if (report.pausedSince() != null) {
            paused.add(badge(texts.t(SupportDeadline.Standing.PAUSED.labelKey()), "contrast"),
                    new Span(texts.t(report.teamView() ? "sla.clock.paused-team" : "sla.clock.paused-client",
                            texts.moment(report.pausedSince()))));
            paused.addClassName("sla-clock-paused");
            add(paused);
        }
        for (ClockReport.TargetLine line : report.targets()) {
            Div shown = target(line, report, texts);
            targets.add(shown);
            add(shown);
        }
        if (report.teamView()) {
            addHistory(report, texts);
        }
    }

    private static Div target(ClockReport.TargetLine line, ClockReport report, SlaTexts texts) {
        String name = texts.t(line.target().labelKey());
        Span badge;
        String said;
        if (line.met()) {
            badge = line.metLate() ? badge(texts.t("sla.clock.badge.met-late"), "error")
                    : badge(texts.t("sla.clock.badge.met"), "success");
            said = line.metLate() ? texts.t("sla.clock.met-late", name, texts.moment(line.metAt()),
                    texts.duration(line.lateBy(report.readAt())))
                    : texts.t("sla.clock.met", name, texts.moment(line.metAt()));
        } else {
            SupportDeadline.Standing standing = line.standing();
            badge = badge(texts.t(standing.labelKey()), switch (standing) {
                case BREACHED -> "error";
                case AT_RISK -> "warning";
                case PAUSED -> "contrast";
                default -> "success";
            });
            said = switch (standing) {
                case BREACHED -> texts.t("sla.clock.breached", name, texts.moment(line.dueAt()),
                        texts.duration(line.lateBy(report.readAt())));
                case PAUSED -> texts.t("sla.clock.due-paused", name, texts.moment(line.dueAt()));
                default -> texts.t("sla.clock.due", name, texts.moment(line.dueAt()));
            };
        }
        var row = new Div(badge, new Span(said));
        row.addClassName("sla-clock-target");
        if (line.used() != null && line.allowed() != null) {
            // A target met before a re-prioritisation kept that priority's length: say which, not the current one.
            var used = new Span(line.countedAt() == report.priority()
                    ? texts.t("sla.clock.used", texts.duration(line.used()), texts.duration(line.allowed()))
                    : texts.t("sla.clock.used-at", texts.duration(line.used()), texts.duration(line.allowed()),
                            texts.priority(line.countedAt())));
            used.addClassName("sla-clock-used");
            row.add(used);
        }
        return row;
    }

    private void addHistory(ClockReport report, SlaTexts texts) {
        history.setId("sla-clock-history");
        for (ClockReport.ClockEvent event : report.history()) {
            String due = event.firstResponseDueAt() == null ? "" : " · " + texts.t("sla.clock.history.first-due",
                    texts.moment(event.firstResponseDueAt()));
            String resolution = event.resolutionDueAt() == null ? "" : " · " + texts.t("sla.clock.history.resolution-due",
                    texts.moment(event.resolutionDueAt()));
            String who = event.changedBy() == null ? texts.t("sla.clock.history.by-ponte")
                    : texts.t("sla.clock.history.by", event.changedBy());
            history.add(new ListItem(texts.moment(event.changedAt()) + " · " + texts.t(event.causeKey()) + " · "
                    + who + " · " + event.planName() + " · " + texts.priority(event.priority()) + due + resolution));
        }
        breaches.setId("sla-clock-breaches");
        for (ClockReport.BreachLine breach : report.breaches()) {
            breaches.add(new ListItem(texts.t("sla.clock.breach", texts.t(breach.target().labelKey()),
                    texts.moment(breach.missedAt()), texts.cause(breach.cause()))));
        }
        if (!report.history().isEmpty()) {
            add(new H4(texts.t("sla.clock.history")), history);
        }
        add(new H4(texts.t("sla.clock.breaches")));
        if (report.breaches().isEmpty()) {
            add(new Paragraph(texts.t("sla.clock.no-breaches")));
        } else {
            add(breaches);
        }
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        badge.addClassName("sla-clock-badge");
        return badge;
    }
}
