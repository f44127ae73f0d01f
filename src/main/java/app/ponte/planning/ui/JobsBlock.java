package app.ponte.planning.ui;

import app.ponte.base.TranslationProvider;
import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.RelationshipHealth;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.notification.JobRun;
import app.ponte.notification.ScheduledJobs;
import app.ponte.planning.PlanningSettings;
import app.ponte.planning.RecomputeProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scheduled jobs (each one's last start and whether it runs now, from its lock row), the latest score recompute
 * and when the relationship health values were computed. It stands in planning's ui package because it reads all
 * three: the job rows are the notification feature's (it sets up the locks) and planning already depends on it,
 * while a block in notification's ui reading planning would make the two features a cycle.
 */
@org.springframework.stereotype.Component
class JobsBlock implements DashboardBlock {

    static final String ID = "dashboard-jobs";

    private final ScheduledJobs jobs;
    private final PlanningSettings planning;
    private final RelationshipHealth health;
    private final ViewerTime viewerTime;

    JobsBlock(ScheduledJobs jobs, PlanningSettings planning, RelationshipHealth health, ViewerTime viewerTime) {
        this.jobs = jobs;
        this.planning = planning;
        this.health = health;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.ADMIN);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 74;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        if (audience != DashboardAudience.ADMIN) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.admin.jobs.title"));
        List<JobRun> runs = jobs.jobs();
        if (runs.isEmpty()) {
            card.with(DashboardCard.nothing(ui.getTranslation("dashboard.admin.jobs.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId(ID + "-list");
            list.addClassName("dashboard-admin-list");
            runs.forEach(run -> list.add(job(run, ui)));
            card.with(list);
        }
        Paragraph recompute = new Paragraph(planning.latestRecompute().map(run -> recompute(run, ui))
                .orElseGet(() -> ui.getTranslation("dashboard.admin.jobs.recompute.never")));
        recompute.setId(ID + "-recompute");
        Paragraph healthLine = new Paragraph(health.computedAt()
                .map(at -> ui.getTranslation("dashboard.admin.jobs.health", viewerTime.format(at, ui.getLocale())))
                .orElseGet(() -> ui.getTranslation("dashboard.admin.jobs.health.never")));
        healthLine.setId(ID + "-health");
        card.with(recompute, healthLine);
        return Optional.of(card);
    }

    private ListItem job(JobRun run, UI ui) {
        String key = "dashboard.admin.jobs.name." + run.name();
        Span name = new Span(TranslationProvider.hasKey(key) ? ui.getTranslation(key) : run.name());
        name.addClassName("dashboard-admin-strong");
        String state = ui.getTranslation(run.running() ? "dashboard.admin.jobs.running" : "dashboard.admin.jobs.idle",
                viewerTime.format(run.lastStartedAt(), ui.getLocale()), run.lockedBy());
        ListItem item = new ListItem(name, new Div(state));
        item.getElement().setAttribute("data-job", run.name());
        return item;
    }

    private String recompute(RecomputeProgress run, UI ui) {
        return run.running()
                ? ui.getTranslation("dashboard.admin.jobs.recompute.running", Math.round(run.fraction() * 100),
                        run.done(), run.total(), viewerTime.format(run.startedAt(), ui.getLocale()))
                : ui.getTranslation("dashboard.admin.jobs.recompute.finished",
                        viewerTime.format(run.finishedAt(), ui.getLocale()), run.total());
    }
}
