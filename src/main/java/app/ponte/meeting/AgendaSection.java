package app.ponte.meeting;

import java.util.List;

/** A heading of an agenda (a translation key such as {@code meeting.agenda.section.requests}) and its points. */
public record AgendaSection(String headingKey, List<AgendaLine> lines) {

    public AgendaSection {
        lines = List.copyOf(lines);
    }
}
