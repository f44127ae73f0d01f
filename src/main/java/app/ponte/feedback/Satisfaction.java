package app.ponte.feedback;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOrSurveyContacts;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction results. The team reads every organisation's (or one's, when it names one); a department member or
 * client admin reads their own organisation's, and naming another is "not found", audited: one scope check
 * ({@link OrganisationScope#require}) before every query.
 */
@Service
@Transactional(readOnly = true)
public class Satisfaction {

    static final int MONTHS = 12;

    private final FeedbackFormRepository forms;
    private final OrganisationNames names;
    private final OrganisationScope scope;
    private final Clock clock;

    Satisfaction(FeedbackFormRepository forms, OrganisationNames names, OrganisationScope scope, Clock clock) {
        this.forms = forms;
        this.names = names;
        this.scope = scope;
        this.clock = clock;
    }

    /** The figures of the last twelve months; {@code organisationId} null: every organisation the caller reads. */
    @TeamOrSurveyContacts
    public SatisfactionResults results(@Nullable Long organisationId) {
        Long organisation = scoped(organisationId);
        String from = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(MONTHS - 1L).toString();
        var months = forms.ratingsByMonth(organisation, from);
        var surveys = forms.surveyScores(organisation, from);
        var organisationIds = new java.util.HashSet<Long>();
        months.forEach(t -> organisationIds.add(t.getOrganisationId()));
        surveys.forEach(t -> organisationIds.add(t.getOrganisationId()));
        Map<Long, String> organisationNames = names.names(organisationIds);
        List<MemberRating> members = List.of();
        if (scope.seesEveryOrganisation()) {
            var tallies = forms.ratingsByAssignee(organisation, from);
            Map<Long, PersonOption> people = names.people(tallies.stream().map(t -> t.getPersonId()).toList());
            members = tallies.stream().map(t -> new MemberRating(t.getPersonId(),
                    people.containsKey(t.getPersonId()) ? people.get(t.getPersonId()).displayName() : "",
                    t.getAnswers(), t.getAverage())).toList();
        }
        return new SatisfactionResults(
                months.stream().map(t -> new MonthlyRating(t.getOrganisationId(),
                        organisationNames.getOrDefault(t.getOrganisationId(), ""), YearMonth.parse(t.getMonth()),
                        t.getAnswers(), t.getAverage())).toList(),
                members,
                surveys.stream().map(t -> new SurveyScore(t.getOrganisationId(),
                        organisationNames.getOrDefault(t.getOrganisationId(), ""), t.getAnswers(), t.getPromoters(),
                        t.getDetractors())).toList());
    }

    /** The answers with their comments, newest first. */
    @TeamOrSurveyContacts
    public Slice<AnswerRow> answers(@Nullable Long organisationId, Pageable pageable) {
        Slice<FeedbackForm> page = forms.findAnswers(scoped(organisationId), pageable);
        Map<Long, String> organisationNames = names.names(page.map(FeedbackForm::getOrganisationId).toList());
        return page.map(form -> FeedbackForms.row(form, organisationNames.getOrDefault(form.getOrganisationId(), "")));
    }

    /** The organisation a query is narrowed to: the one named, when the caller reads it; else the caller's own. */
    private @Nullable Long scoped(@Nullable Long organisationId) {
        if (organisationId != null) {
            return scope.require(organisationId, "satisfaction.results");
        }
        return scope.restriction();
    }
}
