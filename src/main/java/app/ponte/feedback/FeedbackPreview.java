package app.ponte.feedback;

import org.jspecify.annotations.Nullable;

/**
 * What a form shows before it is answered, and nothing more: its kind and, for a delivery, the request's title;
 * for a survey, the organisation's name. The public page opened from the e-mail shows only this.
 *
 * @param id the form's id, for answering in the app (never shown on the public page)
 * @param languageTag the recipient's language: the public page speaks it, whatever the browser says
 */
public record FeedbackPreview(long id, FeedbackKind kind, @Nullable String title, @Nullable String organisationName,
        String languageTag) {
}
