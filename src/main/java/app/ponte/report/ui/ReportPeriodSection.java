package app.ponte.report.ui;

import app.ponte.organisation.ui.OrganisationSettingsSection;
import app.ponte.report.ReportScheduleRow;
import app.ponte.report.ReportSchedules;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * The report period in the organisation's editor: admins choose it (and may turn reports off); the team reads it.
 * Nothing for the team's own organisation, nor for anybody who is not on the team.
 */
@org.springframework.stereotype.Component
class ReportPeriodSection implements OrganisationSettingsSection {

    static final String SECTION_ID = "report-period-section";

    private final ReportSchedules schedules;
    private final CurrentUser currentUser;

    ReportPeriodSection(ReportSchedules schedules, CurrentUser currentUser) {
        this.schedules = schedules;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> sectionFor(long organisationId) {
        Role role = currentUser.require().requireActive().role();
        if (!role.seesEveryOrganisation()) {
            return Optional.empty();
        }
        return schedules.schedule(organisationId).map(row -> section(row, role == Role.ADMIN));
    }

    private Component section(ReportScheduleRow row, boolean admin) {
        var section = new Div();
        section.setId(SECTION_ID);
        section.addClassName("report-period-section");
        section.add(new H4(section.getTranslation("report.schedule.section")));
        if (admin) {
            section.add(new ReportPeriodForm(schedules, row, saved -> {
            }));
        } else {
            String kind = section.getTranslation(row.periodKind().labelKey());
            section.add(new Paragraph(row.active() ? section.getTranslation("report.schedule.reads", kind)
                    : section.getTranslation("report.schedule.off")));
        }
        return section;
    }
}
