package app.ponte.meeting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.ponte.catalogue.FreezeCalendar;
import app.ponte.feedback.SatisfactionActivity;
import app.ponte.planning.ConflictActivity;
import app.ponte.request.RequestActivity;
import app.ponte.roadmap.RoadmapActivity;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The activity queries check no access of their own: they answer for any organisation id. Only the agenda and the
 * report facts, which the meeting and report services call after their own check, may ask them; a view or another
 * feature's service calling one would read any organisation's activity.
 */
class ActivityQueriesBoundaryTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.ponte");

    private static final Set<String> QUERIES = Set.of(RequestActivity.class.getName(),
            RoadmapActivity.class.getName(), ConflictActivity.class.getName(), SatisfactionActivity.class.getName());

    @Test
    void only_the_agenda_and_the_report_facts_ask_the_activity_queries() {
        noClasses().that().doNotHaveFullyQualifiedName(ChangesSinceLastReview.class.getName())
                .and().doNotHaveFullyQualifiedName("app.ponte.report.ReportFactsCollector")
                .and(DescribedPredicate.describe("are not the queries themselves",
                        c -> !QUERIES.contains(c.getName())))
                .should().callMethodWhere(JavaCall.Predicates.target(DescribedPredicate.describe(
                        "an activity query", target -> QUERIES.contains(target.getOwner().getName())
                                || (target.getOwner().getName().equals("app.ponte.sla.SlaAttainment")
                                        && target.getName().equals("between"))
                                || (target.getOwner().getName().equals(FreezeCalendar.class.getName())
                                        && target.getName().equals("comingUp")))))
                .check(APP);
    }
}
