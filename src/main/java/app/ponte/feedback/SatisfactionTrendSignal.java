package app.ponte.feedback;

import app.ponte.dashboard.RelationshipSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationship signal {@code satisfaction.trend}: the average delivery rating (1–5) answered in the last 90 days
 * minus that of the 90 days before, in tenths (4.1 after 4.5 is -4). Survey scores (0–10, quarterly) are not mixed
 * in: another scale, and too rare to make a trend. An organisation without ratings in both periods is left out.
 */
@Component
class SatisfactionTrendSignal implements RelationshipSignal {

    static final Duration PERIOD = Duration.ofDays(90);

    private final FeedbackOutlookRepository forms;

    SatisfactionTrendSignal(FeedbackOutlookRepository forms) {
        this.forms = forms;
    }

    @Override
    public String key() {
        return "satisfaction.trend";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String labelKey() {
        return "dashboard.feedback.signal.trend";
    }

    @Override
    public String ruleKey() {
        return "dashboard.feedback.signal.trend.rule";
    }

    @Override
    public ValueFormat format() {
        return ValueFormat.TENTHS;
    }

    @Override
    public long warnAt() {
        return -3;
    }

    @Override
    public long alertAt() {
        return -8;
    }

    @Override
    public boolean higherIsWorse() {
        return false;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> measure(Instant now) {
        Instant middle = now.minus(PERIOD);
        Map<Long, Long> trend = new HashMap<>();
        for (var averages : forms.ratingAverages(middle.minus(PERIOD), middle, now)) {
            if (averages.getRecent() != null && averages.getPrevious() != null) {
                trend.put(averages.getOrganisationId(), Math.round((averages.getRecent() - averages.getPrevious()) * 10));
            }
        }
        return trend;
    }
}
