package app.ponte.roadmap;

import app.ponte.base.TextRules;

/**
 * What the team types for a milestone: its name, the part of the value it delivers, and whether it is public
 * (read by every organisation that sees its initiative, not only by those whose requests it delivers).
 */
public record MilestoneDraft(String title, String delivers, boolean publicItem) {

    static final int TITLE_MAX = 200;
    static final int DELIVERS_MAX = 1000;

    /** A milestone read only by the organisations whose requests it delivers. */
    public MilestoneDraft(String title, String delivers) {
        this(title, delivers, false);
    }

    /** The draft trimmed; refused on the field at fault when a text is missing or too long. */
    MilestoneDraft checked() {
        return new MilestoneDraft(TextRules.required("title", title, TITLE_MAX),
                TextRules.required("delivers", delivers, DELIVERS_MAX), publicItem);
    }
}
