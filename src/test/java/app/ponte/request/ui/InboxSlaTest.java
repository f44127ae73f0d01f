package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import app.ponte.request.NamedFilter;
import app.ponte.request.RequestDeadlines;
import app.ponte.request.ProductAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestLists;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSummary;
import app.ponte.request.RequestSupport;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.SavedFilters;
import app.ponte.request.SlaTarget;
import app.ponte.request.SupportDeadline;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA in the request lists: the inbox sorted by next breach, the "at risk or breached" filter in the caller's
 * scope and kept by saved filters, the badges and due times of the grid, the phone cards, the CSV and the
 * request's heading. Deadlines are set as the SLA clocks set them ({@link RequestDeadlines#record}), relative to
 * the test clock.
 */
class InboxSlaTest extends UiTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestLists lists;
    @Autowired
    RequestDeadlines deadlines;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestSupport support;
    @Autowired
    SavedFilters savedFilters;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;

    @Test
    void sorting_by_next_breach_puts_the_breached_one_first_paused_ones_after_the_running_and_those_without_deadline_last() {
        long olderWithout = fileWithoutClock("leo@aurora.test", "Nextbreach order without one");
        long onTrack = file("leo@aurora.test", "Nextbreach order on track");
        long breached = file("leo@aurora.test", "Nextbreach order breached");
        long paused = file("leo@aurora.test", "Nextbreach order paused");
        long atRisk = file("leo@aurora.test", "Nextbreach order at risk");
        long newerWithout = fileWithoutClock("leo@aurora.test", "Nextbreach order without two");
        onTrack(onTrack, Duration.ofHours(3));
        breached(breached, Duration.ofMinutes(35));
        paused(paused);
        atRisk(atRisk);
        RequestFilter filter = new RequestFilter("nextbreach order", null, null, null, null, false);
        List<Long> soonestFirst = List.of(breached, atRisk, onTrack, paused, newerWithout, olderWithout);

        assertThat(inbox(filter, PageRequest.of(0, 50, Sort.by(RequestLists.NEXT_BREACH)))).isEqualTo(soonestFirst);
        assertThat(pageByPage(filter, 2)).as("pages of two read on across the groups").isEqualTo(soonestFirst);
        assertThat(inbox(filter, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, RequestLists.NEXT_BREACH))))
                .as("latest due first, still paused after running and no deadline last")
                .containsExactly(onTrack, atRisk, breached, paused, newerWithout, olderWithout);
        assertThat(inbox(filter, PageRequest.of(0, 50))).as("newest first without the sort")
                .containsExactly(newerWithout, atRisk, paused, breached, onTrack, olderWithout);

        signInAs("lead@ponte.test");
        InboxView view = navigate(InboxView.class);
        test(view.requests.search).setValue("nextbreach order");
        view.requests.grid.sort(List.of(new GridSortOrder<>(view.requests.nextBreach, SortDirection.ASCENDING)));

        assertThat(ids(view.requests.grid)).isEqualTo(soonestFirst);
    }

    @Test
    void the_at_risk_filter_returns_only_running_clocks_at_risk_or_breached_in_the_callers_scope() {
        long onTrack = file("leo@aurora.test", "Riskfilter aurora on track");
        long atRisk = file("leo@aurora.test", "Riskfilter aurora at risk");
        long breached = file("leo@aurora.test", "Riskfilter aurora breached");
        long paused = file("leo@aurora.test", "Riskfilter aurora paused");
        fileWithoutClock("leo@aurora.test", "Riskfilter aurora without deadline");
        long meridian = file("rita@meridian.test", "Riskfilter meridian breached");
        long supported = file("rita@meridian.test", "Riskfilter meridian shared and supported");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.share(supported, true,
                reading.details(supported).version()));
        SignedIn.run(users, "ana@aurora.test", () -> support.support(supported, "We need it too"));
        onTrack(onTrack, Duration.ofHours(3));
        atRisk(atRisk);
        breached(breached, Duration.ofMinutes(35));
        paused(paused);
        breached(meridian, Duration.ofHours(2));
        breached(supported, Duration.ofHours(1));
        RequestFilter atRiskOnly = new RequestFilter("riskfilter", null, null, null, null, false).atRiskOnly(true);

        assertThat(inbox(atRiskOnly, PageRequest.of(0, 50)))
                .containsExactlyInAnyOrder(atRisk, breached, meridian, supported);
        assertThat(SignedIn.as(users, "lead@ponte.test", () -> lists.inboxByStatus(atRiskOnly)))
                .isEqualTo(Map.of(RequestStatus.NEW, 4L));

        var ours = SignedIn.as(users, "ana@aurora.test", () -> lists.ours(atRiskOnly, PageRequest.of(0, 50)));
        assertThat(ours.getContent()).extracting(RequestSummary::id).containsExactlyInAnyOrder(atRisk, breached);
        assertThat(SignedIn.as(users, "ana@aurora.test", () -> lists.oursByStatus(atRiskOnly)))
                .isEqualTo(Map.of(RequestStatus.NEW, 2L));
        var oursSorted = SignedIn.as(users, "ana@aurora.test", () -> lists.ours(atRiskOnly.atRiskOnly(false),
                PageRequest.of(0, 50, Sort.by(RequestLists.NEXT_BREACH)))).getContent();
        assertThat(oursSorted).extracting(RequestSummary::id).startsWith(breached, atRisk, onTrack, paused)
                .contains(supported).doesNotContain(meridian);
        assertThat(oursSorted).filteredOn(row -> row.id() == supported).singleElement()
                .as("another organisation's promise is not the supporter's to see")
                .satisfies(row -> assertThat(row.deadline()).isEqualTo(SupportDeadline.NONE));
    }

    @Test
    void a_saved_filter_keeps_at_risk_or_breached() {
        long atRisk = file("leo@aurora.test", "Keptfilter at risk");
        long onTrack = file("leo@aurora.test", "Keptfilter on track");
        atRisk(atRisk);
        onTrack(onTrack, Duration.ofHours(5));
        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("keptfilter");
        test(inbox.requests.atRisk).click();
        assertThat(ids(inbox.requests.grid)).containsExactly(atRisk);
        test(inbox.saveFilterAs).click();
        test(inbox.filterName).setValue("Late ones");
        test(inbox.saveFilter).click();
        NamedFilter saved = inbox.savedFilter.getValue();
        test(inbox.requests.atRisk).click();
        assertThat(ids(inbox.requests.grid)).containsExactlyInAnyOrder(atRisk, onTrack);

        inbox.savedFilter.setValue(saved);

        assertThat(inbox.requests.atRisk.getValue()).isTrue();
        assertThat(ids(inbox.requests.grid)).containsExactly(atRisk);
        assertThat(SignedIn.as(users, "lead@ponte.test", () -> savedFilters.mine()))
                .filteredOn(f -> f.name().equals("Late ones")).singleElement()
                .satisfies(f -> assertThat(f.filter().atRiskOnly()).isTrue());
    }

    @Test
    void the_badges_read_right_in_english_and_in_brazilian_portuguese_in_the_viewers_zone() {
        long onTrack = file("leo@aurora.test", "Badgewords on track");
        long atRisk = file("leo@aurora.test", "Badgewords at risk");
        long breached = file("leo@aurora.test", "Badgewords breached");
        long paused = file("leo@aurora.test", "Badgewords paused");
        long without = fileWithoutClock("leo@aurora.test", "Badgewords without deadline");
        Instant due = onTrack(onTrack, Duration.ofMinutes(80));
        atRisk(atRisk);
        breached(breached, Duration.ofMinutes(35));
        paused(paused);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.UK)
                .format(due.atZone(SAO_PAULO));

        signInAs("lead@ponte.test");
        UI.getCurrent().setLocale(Locale.UK);
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("badgewords");
        Grid.Column<RequestSummary> column = inbox.requests.nextBreach;

        assertThat(column.getHeaderText()).isEqualTo("Next breach");
        assertThat(cell(column, "line", row(inbox, onTrack))).startsWith("First response · in 1 h 20 min · ")
                .endsWith(time);
        assertThat(cell(column, "badge", row(inbox, onTrack))).isEqualTo("On track");
        assertThat(cell(column, "style", row(inbox, onTrack))).isEqualTo("sla-on-track");
        assertThat(cell(column, "badge", row(inbox, atRisk))).isEqualTo("At risk");
        assertThat(cell(column, "line", row(inbox, breached))).isEqualTo("Resolution · breached 35 min ago");
        assertThat(cell(column, "badge", row(inbox, breached))).isEqualTo("Breached");
        assertThat(cell(column, "line", row(inbox, paused))).isEqualTo("First response · paused");
        assertThat(cell(column, "badge", row(inbox, paused))).isEqualTo("Paused");
        assertThat(cell(column, "badge", row(inbox, without))).isEmpty();

        UI.getCurrent().setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);

        assertThat(cell(column, "line", row(inbox, onTrack))).startsWith("Primeira resposta · em 1 h 20 min · ")
                .endsWith(time);
        assertThat(cell(column, "badge", row(inbox, atRisk))).isEqualTo("Em risco");
        assertThat(cell(column, "line", row(inbox, breached))).isEqualTo("Resolução · descumprido há 35 min");
        assertThat(cell(column, "badge", row(inbox, paused))).isEqualTo("Pausado");
    }

    @Test
    void on_a_phone_the_inbox_offers_the_next_breach_order_its_header_gives_on_a_wide_window() {
        long onTrack = file("leo@aurora.test", "Phoneorder on track");
        long breached = file("leo@aurora.test", "Phoneorder breached");
        long without = fileWithoutClock("leo@aurora.test", "Phoneorder without deadline");
        onTrack(onTrack, Duration.ofHours(3));
        breached(breached, Duration.ofMinutes(35));
        signInAs("lead@ponte.test");
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("phoneorder");
        assertThat(inbox.requests.order.isVisible()).as("the table has its sortable header").isFalse();

        inbox.requests.narrow(true);
        assertThat(inbox.requests.order.isVisible()).isTrue();
        assertThat(ids(inbox.requests.grid)).as("newest first").containsExactly(without, breached, onTrack);
        test(inbox.requests.order).selectItem("Next breach first");

        assertThat(ids(inbox.requests.grid)).containsExactly(breached, onTrack, without);
        inbox.requests.narrow(false);
        assertThat(inbox.requests.grid.getSortOrder()).singleElement()
                .satisfies(sorted -> assertThat(sorted.getSorted()).isEqualTo(inbox.requests.nextBreach));
        inbox.requests.grid.sort(List.of());
        assertThat(inbox.requests.order.getValue()).as("a header's sort undone shows on the phone's choice")
                .isEqualTo(RequestGrid.Order.NEWEST);
    }

    @Test
    void the_phone_card_shows_the_badge_and_the_due_time() {
        long atRisk = file("leo@aurora.test", "Phonecard at risk");
        atRisk(atRisk);
        signInAs("lead@ponte.test");
        UI.getCurrent().setLocale(Locale.UK);
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("phonecard");

        inbox.requests.narrow(true);

        assertThat(inbox.requests.card.isVisible()).isTrue();
        assertThat(cell(inbox.requests.card, "sla", row(inbox, atRisk))).isEqualTo("At risk");
        assertThat(cell(inbox.requests.card, "slaStyle", row(inbox, atRisk))).isEqualTo("sla-at-risk");
        assertThat(cell(inbox.requests.card, "slaLine", row(inbox, atRisk))).startsWith("First response · in 20 min · ");
    }

    @Test
    void the_csv_of_the_inbox_has_the_next_breach_its_due_time_and_its_standing() throws IOException {
        long breached = file("leo@aurora.test", "Csvdeadline breached");
        long paused = file("leo@aurora.test", "Csvdeadline paused");
        long without = fileWithoutClock("leo@aurora.test", "Csvdeadline without deadline");
        Instant due = breached(breached, Duration.ofMinutes(35));
        paused(paused);
        signInAs("lead@ponte.test");
        UI.getCurrent().setLocale(Locale.UK);
        InboxView inbox = navigate(InboxView.class);
        test(inbox.requests.search).setValue("csvdeadline");

        var out = new ByteArrayOutputStream();
        test(inbox.requests.export).download(out);

        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(out.toString(StandardCharsets.UTF_8)
                .substring(1))).getRecords();
        assertThat(records.getFirst().toList()).endsWith("Next breach", "Next breach due", "SLA standing");
        assertThat(line(records, breached)).endsWith("Resolution", DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.UK).format(due.atZone(SAO_PAULO)), "Breached");
        assertThat(line(records, paused)).endsWith("First response", "", "Paused");
        assertThat(line(records, without)).endsWith("", "", "");
    }

    @Test
    void the_request_heading_and_our_requests_show_the_badge_to_the_client_in_its_own_zone() {
        long atRisk = file("leo@aurora.test", "Headingbadge at risk");
        long without = fileWithoutClock("leo@aurora.test", "Headingbadge without deadline");
        Instant due = atRisk(atRisk);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.US)
                .format(due.atZone(NEW_YORK));
        signInAs("ana@aurora.test");
        UI.getCurrent().setLocale(Locale.US);

        navigate("requests/" + atRisk, RequestView.class);
        Span badge = find(Span.class).id(RequestHeading.SLA_ID);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).startsWith("First response at risk · due ").endsWith(time);
        assertThat(badge.getClassNames()).contains("sla-badge", "sla-at-risk");

        navigate("requests/" + without, RequestView.class);
        assertThat(find(Span.class).withId(RequestHeading.SLA_ID).exists()).as("no badge without a deadline").isFalse();

        RequestListView ours = navigate(RequestListView.class);
        test(ours.requests.search).setValue("headingbadge");
        RequestSummary row = test(ours.requests.grid).getRow(ids(ours.requests.grid).indexOf(atRisk));
        assertThat(cell(ours.requests.nextBreach, "badge", row)).isEqualTo("At risk");
        assertThat(cell(ours.requests.nextBreach, "line", row)).startsWith("First response · in 20 min · ");
    }

    private long file(String email, String title) {
        return SignedIn.as(users, email,
                () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Details of " + title)));
    }

    /** An idea: product kinds run on no SLA clock, so the request has no deadline whatever its organisation's plan. */
    private long fileWithoutClock(String email, String title) {
        return SignedIn.as(users, email, () -> intake.file(RequestDraft.idea(title, "Details of " + title,
                ProductAnswers.of("Everyone", "Daily", "Saves time"))));
    }

    /** Due after {@code dueIn}, at risk only halfway there: on track now. */
    private Instant onTrack(long id, Duration dueIn) {
        Instant due = clock.instant().plus(dueIn);
        record(id, new SupportDeadline(SlaTarget.FIRST_RESPONSE, due, due.minus(dueIn.dividedBy(2)), false));
        return due;
    }

    private Instant atRisk(long id) {
        Instant due = clock.instant().plus(Duration.ofMinutes(20));
        record(id, new SupportDeadline(SlaTarget.FIRST_RESPONSE, due, due.minus(Duration.ofMinutes(30)), false));
        return due;
    }

    private Instant breached(long id, Duration ago) {
        Instant due = clock.instant().minus(ago);
        record(id, new SupportDeadline(SlaTarget.RESOLUTION, due, due.minus(Duration.ofHours(1)), false));
        return due;
    }

    /** Paused with its at-risk instant passed: paused clocks are neither at risk nor breached. */
    private void paused(long id) {
        Instant due = clock.instant().plus(Duration.ofHours(1));
        record(id, new SupportDeadline(SlaTarget.FIRST_RESPONSE, due, clock.instant().minus(Duration.ofMinutes(5)),
                true));
    }

    private void record(long id, SupportDeadline deadline) {
        transactions.executeWithoutResult(status -> deadlines.record(id, deadline));
    }

    private List<Long> inbox(RequestFilter filter, PageRequest page) {
        return SignedIn.as(users, "lead@ponte.test", () -> lists.inbox(filter, page)).getContent().stream()
                .map(RequestSummary::id).toList();
    }

    private List<Long> pageByPage(RequestFilter filter, int size) {
        var ids = new ArrayList<Long>();
        for (int page = 0; page < 5; page++) {
            ids.addAll(inbox(filter, PageRequest.of(page, size, Sort.by(RequestLists.NEXT_BREACH))));
        }
        return ids;
    }

    private RequestSummary row(InboxView inbox, long id) {
        return test(inbox.requests.grid).getRow(ids(inbox.requests.grid).indexOf(id));
    }

    @SuppressWarnings("unchecked")
    private static String cell(Grid.Column<RequestSummary> column, String property, RequestSummary row) {
        return String.valueOf(((LitRenderer<RequestSummary>) column.getRenderer()).getValueProviders().get(property)
                .apply(row));
    }

    private static List<String> line(List<CSVRecord> records, long id) {
        return records.stream().filter(r -> r.get(0).equals(String.valueOf(id))).findFirst().orElseThrow().toList();
    }

    private List<Long> ids(Grid<RequestSummary> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(row -> rows.getRow(row).id()).toList();
    }
}
