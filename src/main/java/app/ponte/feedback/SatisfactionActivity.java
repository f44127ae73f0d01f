package app.ponte.feedback;

import app.ponte.security.InternalToServices;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction answers one organisation gave in a window, for its agenda and its progress report: per kind of
 * form, how many and their average on the form's scale. Only figures: who answered and what they wrote stay on
 * the satisfaction page. Called only by the meeting and report services, which checked access already.
 */
@Service
@Transactional(readOnly = true)
public class SatisfactionActivity {

    private final SatisfactionActivityRepository forms;

    SatisfactionActivity(SatisfactionActivityRepository forms) {
        this.forms = forms;
    }

    /** Answers received in {@code [since, until)}, one tally per kind that has any (delivery first). */
    @InternalToServices
    public List<SatisfactionTally> between(long organisationId, Instant since, Instant until) {
        return forms.tally(organisationId, since, until).stream()
                .map(row -> {
                    FeedbackKind kind = (FeedbackKind) row[0];
                    return new SatisfactionTally(kind, ((Number) row[1]).longValue(), ((Number) row[2]).doubleValue(),
                            kind.lowest(), kind.highest());
                })
                .toList();
    }

    /** Answers of one kind: how many, their average, and the scale they were given on. */
    public record SatisfactionTally(FeedbackKind kind, long answers, double average, int scaleMin, int scaleMax) {
    }
}
