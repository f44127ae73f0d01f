package app.ponte.roadmap;

import app.ponte.base.TextRules;

/** What the team types for a milestone: its name and the part of the value it delivers. */
public record MilestoneDraft(String title, String delivers) {

    static final int TITLE_MAX = 200;
    static final int DELIVERS_MAX = 1000;

    /** The draft trimmed; refused on the field at fault when a text is missing or too long. */
    MilestoneDraft checked() {
        return new MilestoneDraft(TextRules.required("title", title, TITLE_MAX),
                TextRules.required("delivers", delivers, DELIVERS_MAX));
    }
}
