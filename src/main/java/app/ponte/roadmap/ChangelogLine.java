package app.ponte.roadmap;

import java.time.LocalDate;

/** One entry of an organisation's changelog: what was delivered and what it changed. */
public record ChangelogLine(String title, String whatChanged, LocalDate publishedOn) {
}
