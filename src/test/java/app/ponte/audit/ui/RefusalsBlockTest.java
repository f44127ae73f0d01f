package app.ponte.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.UiTest;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.organisation.Organisations;
import app.ponte.security.NotFoundInScopeException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class RefusalsBlockTest extends UiTest {

    @Autowired
    RefusalsBlock block;
    @Autowired
    Organisations organisations;

    @Test
    @WithUserDetails("admin@ponte.test")
    void a_refused_attempt_raises_todays_bar_and_the_bar_leads_to_as_many_entries_of_the_trail() {
        UI.getCurrent().navigate("");
        double before = todays(chart(), 0);

        signInAs("leo@aurora.test");
        assertThatThrownBy(() -> organisations.get(Long.MAX_VALUE)).isInstanceOf(NotFoundInScopeException.class);
        signInAs("admin@ponte.test");

        ChartData data = chart();
        assertThat(data.kind()).isEqualTo(ChartData.Kind.BARS);
        assertThat(data.categories()).hasSize(RefusalsBlock.DAYS);
        assertThat(data.series()).extracting(ChartData.Series::name)
                .containsExactly("Acesso recusado", "Entradas com falha", "Entradas limitadas");
        assertThat(todays(data, 0)).isEqualTo(before + 1);
        String link = data.series().get(0).links().getLast();
        assertThat(link).startsWith("audit?day=").endsWith("&refusal=access");

        String[] parts = link.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts[1]));
        AuditView view = (AuditView) getCurrentView();

        assertThat(test(view.grid).size()).isEqualTo((int) todays(data, 0));
        assertThat(view.getElement().getTextRecursively()).contains("Mostrando só: Acesso recusado");
    }

    @Test
    void the_refusals_chart_is_the_administrators_only() {
        signInAs("lead@ponte.test");
        UI.getCurrent().navigate("");

        assertThat(block.blockFor(DashboardAudience.TEAM)).isEmpty();
        assertThat(block.blockFor(DashboardAudience.REQUESTER)).isEmpty();
        assertThat(block.audiences()).containsExactly(DashboardAudience.ADMIN);
    }

    private ChartData chart() {
        return ((ChartCard) block.blockFor(DashboardAudience.ADMIN).orElseThrow()).data();
    }

    private static double todays(ChartData data, int series) {
        List<Double> values = data.series().get(series).values();
        return values.getLast();
    }
}
