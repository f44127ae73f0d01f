package app.ponte.feedback.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.SectionSwitch;
import app.ponte.base.ui.ViewerTime;
import app.ponte.feedback.FeedbackForms;
import app.ponte.feedback.FeedbackPreview;
import app.ponte.feedback.FollowUps;
import app.ponte.feedback.Satisfaction;
import app.ponte.feedback.SurveySchedules;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction results: delivery ratings per organisation and month and (for the team) per team member, the
 * survey scores, the answers with their comments; the team's open follow-ups; the survey schedule for admins. A
 * department member or client admin sees their own organisation's, and answers a survey waiting for them on top.
 */
@Route("satisfaction")
@RolesAllowed({Roles.ADMIN, Roles.TEAM, Roles.CLIENT_ADMIN, Roles.INTERNAL})
@Menu(order = 16, icon = "vaadin:smiley-o", title = "nav.satisfaction")
class SatisfactionView extends VerticalLayout implements HasDynamicTitle {

    static final String ORGANISATION_ID = "satisfaction-organisation";
    static final String ANSWERS_ID = "satisfaction-answers";
    static final String PENDING_ID = "satisfaction-pending";

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Grid<app.ponte.feedback.AnswerRow> answers = new Grid<>();
    final SectionSwitch tabs;
    final RatingsPanel ratings;

    private final Satisfaction satisfaction;

    SatisfactionView(Satisfaction satisfaction, FeedbackForms forms, FollowUps followUps, SurveySchedules schedules,
            Organisations organisations, CurrentUser currentUser, ViewerTime viewerTime) {
        this.satisfaction = satisfaction;
        addClassName("satisfaction-view");
        Role role = currentUser.require().requireActive().role();
        boolean team = role.seesEveryOrganisation();
        add(new H2(getTranslation("feedback.results.heading")));
        addPendingSurveys(forms, viewerTime);
        if (team) {
            organisation.setId(ORGANISATION_ID);
            organisation.setLabel(getTranslation("feedback.results.organisation"));
            organisation.setClearButtonVisible(true);
            organisation.setItemLabelGenerator(OrganisationSummary::name);
            organisation.setItems(query -> organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                    toSpringPageRequest(query)).stream());
            organisation.addValueChangeListener(e -> refresh());
            add(organisation);
        }
        ratings = new RatingsPanel(team);
        answers.setId(ANSWERS_ID);
        answers.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        answers.addComponentColumn(row -> new AnswerCard(row, viewerTime))
                .setHeader(getTranslation("feedback.results.answers"));
        answers.setMinHeight("20rem");
        answers.setEmptyStateText(getTranslation(team ? "feedback.answers.none.team" : "feedback.answers.none"));
        tabs = new SectionSwitch(getTranslation("feedback.sections"));
        tabs.setWidthFull();
        tabs.add(getTranslation("feedback.tab.results"), ratings);
        tabs.add(getTranslation("feedback.tab.answers"), answers);
        if (team) {
            tabs.add(getTranslation("feedback.tab.follow-ups"), new FollowUpsPanel(followUps, viewerTime));
        }
        if (role == Role.ADMIN) {
            tabs.add(getTranslation("feedback.tab.schedule"), new SchedulesPanel(schedules));
        }
        add(tabs);
        refresh();
    }

    private void addPendingSurveys(FeedbackForms forms, ViewerTime viewerTime) {
        for (FeedbackPreview survey : forms.myPendingSurveys()) {
            var box = new Div();
            box.setId(PENDING_ID);
            box.addClassName("feedback-pending");
            box.add(new H3(getTranslation("feedback.page.survey", survey.organisationName())));
            box.add(new FeedbackFormPanel(survey, answer -> {
                forms.answerMine(survey.id(), answer);
                refresh();
            }, problem -> {
                box.removeAll();
                box.add(new FeedbackProblemPanel(problem, viewerTime.zone()));
            }));
            add(box);
        }
    }

    private void refresh() {
        @Nullable Long chosen = organisation.getValue() == null ? null : organisation.getValue().id();
        ratings.show(satisfaction.results(chosen));
        answers.setItems(query -> satisfaction.answers(chosen, toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.results.title");
    }
}
