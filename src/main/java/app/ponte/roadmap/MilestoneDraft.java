package app.ponte.roadmap;

/** What the team types for a milestone: its name and the part of the value it delivers. */
public record MilestoneDraft(String title, String delivers) {
}
