package app.ponte.roadmap.ui;

import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.InitiativeOverview.MilestoneOverview;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The roadmap as a timeline, drawn on the server as positioned boxes (no client-side chart): months across,
 * one row per initiative with its span and its milestones as consecutive bars (each from the previous
 * milestone's day to its own), today marked. Milestones past their date and not delivered show as overdue.
 */
class RoadmapTimeline extends Div {

    RoadmapTimeline() {
        addClassName("roadmap-timeline");
        setId("roadmap-timeline");
        setWidthFull();
    }

    void show(List<InitiativeOverview> initiatives, LocalDate today) {
        removeAll();
        TimelineScale scale = TimelineScale.of(initiatives, today);
        add(header(scale, getLocale()));
        initiatives.forEach(initiative -> add(row(initiative, scale, today)));
    }

    private Div header(TimelineScale scale, Locale locale) {
        Div track = track();
        for (YearMonth month : scale.months()) {
            String name = month.getMonth().getDisplayName(TextStyle.SHORT, locale);
            Span label = new Span(month.getMonthValue() == 1 || month.equals(scale.first())
                    ? name + " " + month.getYear() : name);
            label.addClassName("timeline-month");
            place(label, scale.at(month.atDay(1)), scale.width(month));
            track.add(label);
        }
        Div row = new Div(label(""), track);
        row.addClassNames("timeline-row", "timeline-header");
        return row;
    }

    private Div row(InitiativeOverview initiative, TimelineScale scale, LocalDate today) {
        Div track = track();
        Div span = new Div();
        span.addClassName("initiative-bar");
        span.getElement().setAttribute("title", initiative.title() + " · "
                + StatusLabel.of(this, getLocale(), initiative.status(), initiative.endsOn()));
        place(span, scale.at(initiative.startsOn()), scale.span(initiative.startsOn(), initiative.endsOn()));
        track.add(span);
        LocalDate from = initiative.startsOn();
        for (MilestoneOverview milestone : initiative.milestones()) {
            LocalDate day = milestone.day();
            if (day == null) {
                continue;
            }
            track.add(milestoneBar(milestone, from.isAfter(day) ? day : from, day, scale, today));
            from = day.plusDays(1);
        }
        if (scale.shows(today)) {
            Div line = new Div();
            line.addClassName("timeline-today");
            line.getElement().setAttribute("title", getTranslation("roadmap.today"));
            line.getStyle().set("left", percent(scale.at(today)));
            track.add(line);
        }
        Div row = new Div(label(initiative.title()), track);
        row.addClassName("timeline-row");
        row.getElement().setAttribute("data-initiative", String.valueOf(initiative.id()));
        return row;
    }

    private Div milestoneBar(MilestoneOverview milestone, LocalDate from, LocalDate day, TimelineScale scale,
            LocalDate today) {
        Div bar = new Div(milestone.title());
        bar.addClassName("milestone-bar");
        if (milestone.status() == DeliveryStatus.DELIVERED) {
            bar.addClassName("delivered");
        } else if (milestone.status() == DeliveryStatus.CANCELLED) {
            bar.addClassName("cancelled");
        } else if (day.isBefore(today)) {
            bar.addClassName("overdue");
        }
        bar.getElement().setAttribute("data-milestone", String.valueOf(milestone.id()));
        bar.getElement().setAttribute("title", milestone.title() + " · " + StatusLabel.of(this, getLocale(), milestone.status(), day));
        place(bar, scale.at(from), scale.span(from, day));
        return bar;
    }

    private static Div track() {
        Div track = new Div();
        track.addClassName("timeline-track");
        return track;
    }

    private static Div label(String text) {
        Div label = new Div(text);
        label.addClassName("timeline-label");
        return label;
    }

    private static void place(com.vaadin.flow.component.HasStyle box, double left, double width) {
        box.getStyle().set("left", percent(left)).set("width", percent(width));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.3f%%", share * 100);
    }
}
