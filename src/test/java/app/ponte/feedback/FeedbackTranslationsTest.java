package app.ponte.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The keys feedback builds from its enums and templates exist in both languages. */
class FeedbackTranslationsTest {

    @Test
    void every_key_feedback_builds_from_an_enum_or_a_template_exists_in_english_and_portuguese() throws IOException {
        List<String> built = new ArrayList<>(List.of("mail.feedback.subject", "mail.feedback.body",
                "mail.survey.subject", "mail.survey.body"));
        for (FeedbackProblem problem : FeedbackProblem.values()) {
            built.add(problem.messageKey());
        }
        for (FollowUpState state : FollowUpState.values()) {
            built.add(state.labelKey());
        }
        for (FeedbackKind kind : FeedbackKind.values()) {
            built.add("feedback.kind." + kind.name());
        }
        for (int rating = FeedbackKind.DELIVERY.lowest(); rating <= FeedbackKind.DELIVERY.highest(); rating++) {
            built.add("feedback.rating." + rating);
        }

        for (String bundle : List.of("vaadin-i18n/translations.properties", "vaadin-i18n/translations_pt_BR.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(built);
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = FeedbackTranslationsTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
