package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotificationLine;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.TranslationProvider;
import app.ponte.organisation.Organisations;
import app.ponte.request.SlaTarget;
import app.ponte.sla.ClockFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agenda that writes itself, on a hand-built week of one New York client: which changes count (the window's
 * first instant in, its last out), in which order the sections come, that empty ones are left out, that long
 * lists say how many more, and that nothing of another organisation or of the team's own notes reaches it.
 */
@H2Test
class ChangesSinceLastReviewTest extends SignedInServiceTest {

    static final String TEAM = "lead@ponte.test";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Tuesday 4 March 2025, 10:00 in New York (standard time) to Tuesday 11 March, 10:00 (daylight time). */
    static final Instant SINCE = Instant.parse("2025-03-04T15:00:00Z");
    static final Instant UNTIL = Instant.parse("2025-03-11T14:00:00Z");

    @Autowired
    ChangesSinceLastReview agenda;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    ClockFixtures clocks;
    @Autowired
    TranslationProvider translations;

    ActivityFixtures fixtures;
    long client;
    long other;

    @BeforeEach
    void organisations() {
        fixtures = new ActivityFixtures(jdbc, organisations);
        client = fixtures.organisation("Agenda client", NEW_YORK);
        other = fixtures.organisation("Agenda other", ZoneId.of("Europe/Lisbon"));
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    String render(AgendaLine line, Locale locale) {
        return new NotificationLine(0, line.messageKey(), line.arguments(), "", Instant.EPOCH, false)
                .text((key, arguments) -> translations.getTranslation(key, locale, arguments));
    }

    static List<String> texts(AgendaLine line) {
        return line.arguments().stream().map(Argument::plain).toList();
    }

    @Test
    void a_week_of_changes_comes_in_section_order_counting_the_first_instant_and_not_the_last() {
        long filedAtStart = fixtures.request(client, "Checkout times out", "BUG", "NEW", SINCE);
        fixtures.request(client, "Export orders", "CHANGE", "NEW", UNTIL);
        long declined = fixtures.request(client, "Old idea", "IDEA", "NEW", at("2025-02-01T12:00:00Z"));
        fixtures.moved(declined, "NEW", "DECLINED", at("2025-03-05T12:00:00Z"));
        long deliveredThenClosed = fixtures.request(client, "Refund API", "INTEGRATION", "NEW",
                at("2025-01-10T12:00:00Z"));
        fixtures.moved(deliveredThenClosed, "IN_PROGRESS", "DELIVERED", at("2025-03-06T12:00:00Z"));
        fixtures.moved(deliveredThenClosed, "DELIVERED", "CLOSED", at("2025-03-07T12:00:00Z"));
        long answered = fixtures.request(client, "How to export?", "QUESTION", "NEW", at("2025-02-20T12:00:00Z"));
        fixtures.moved(answered, "WAITING_FOR_REQUESTER", "CLOSED", at("2025-03-08T12:00:00Z"));
        long deliveredAtEnd = fixtures.request(client, "Late delivery", "CHANGE", "NEW", at("2025-01-02T12:00:00Z"));
        fixtures.moved(deliveredAtEnd, "IN_PROGRESS", "DELIVERED", UNTIL);

        long payments = fixtures.milestone("Payments v2", "IN_PROGRESS", LocalDate.of(2025, 3, 27), null);
        fixtures.links(payments, deliveredThenClosed, client);
        long made = fixtures.promise(payments, client, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 27),
                at("2025-03-05T12:00:00Z"), null);
        fixtures.promiseMoved(made, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 27),
                "Card network certification took longer", at("2025-03-06T12:00:00Z"));
        long search = fixtures.milestone("Search revamp", "DELIVERED", LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 7));
        fixtures.promise(search, client, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10),
                at("2025-01-01T12:00:00Z"), LocalDate.of(2025, 3, 7));
        long loyalty = fixtures.milestone("Loyalty", "PLANNED", LocalDate.of(2025, 4, 1), null);
        long withdrawn = fixtures.promise(loyalty, client, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1),
                at("2025-01-01T12:00:00Z"), null);
        fixtures.promiseWithdrawn(withdrawn, LocalDate.of(2025, 3, 9), "Taken out at your request");

        long storefront = fixtures.system("Storefront");
        long ownWindow = fixtures.freeze(storefront, client, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 25),
                "Spring sale");
        long banner = fixtures.request(client, "Black Friday banner", "CHANGE", "NEW", at("2024-12-01T12:00:00Z"));
        fixtures.conflict("FREEZE_CLASH", fixtures.backlogItem(banner, client, "Black Friday banner"), storefront,
                ownWindow, other, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 25), at("2025-03-06T09:00:00Z"),
                "OPEN", null, "Team only: the other client insists");
        long theirs = fixtures.request(other, "Their request title", "CHANGE", "NEW", at("2024-12-01T12:00:00Z"));
        fixtures.conflict("FREEZE_PLANNED", fixtures.backlogItem(theirs, other, "Their request title"), storefront,
                ownWindow, client, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 25), at("2025-03-07T09:00:00Z"),
                "OPEN", null, null);

        clocks.clock(filedAtStart, client, "Checkout times out")
                .firstResponse(at("2025-03-05T15:00:00Z"), null)
                .breach(SlaTarget.FIRST_RESPONSE, at("2025-03-05T15:00:00Z"), at("2025-03-05T15:01:00Z"), null)
                .save();

        fixtures.answer(client, "DELIVERY", 4, at("2025-03-06T12:00:00Z"), "Fine");
        fixtures.answer(client, "DELIVERY", 5, at("2025-03-07T12:00:00Z"), "Private words of a rater");
        fixtures.answer(client, "SURVEY", 9, UNTIL, "Answered a moment too late");

        long payroll = fixtures.system("Payroll");
        fixtures.dependsOn(client, payroll);
        fixtures.freeze(payroll, other, LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 12), "Their quarter close");
        fixtures.freeze(storefront, client, LocalDate.of(2025, 4, 11), LocalDate.of(2025, 4, 12), "Too far ahead");
        fixtures.freeze(fixtures.system("Unrelated"), other, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 16),
                "Not theirs");

        // Nobody signed in: a job may freeze an agenda, and the meeting services check access before calling.
        List<AgendaSection> sections = agenda.between(client, SINCE, UNTIL);

        assertThat(sections).extracting(AgendaSection::headingKey).containsExactly(
                "meeting.agenda.section.requests", "meeting.agenda.section.promises",
                "meeting.agenda.section.conflicts", "meeting.agenda.section.sla",
                "meeting.agenda.section.satisfaction", "meeting.agenda.section.freezes");
        List<AgendaLine> requests = sections.get(0).lines();
        assertThat(requests).extracting(AgendaLine::messageKey).containsExactly(
                "meeting.agenda.request.filed", "meeting.agenda.request.resolved", "meeting.agenda.request.resolved",
                "meeting.agenda.request.declined");
        assertThat(requests.get(0).arguments()).containsExactly(new Argument.Text("#" + filedAtStart),
                new Argument.Text("Checkout times out"), new Argument.Key("request.kind.BUG"));
        assertThat(requests.get(0).link()).isEqualTo("requests/" + filedAtStart);
        assertThat(requests.subList(1, 3)).as("resolved, newest first; delivered then closed counts once")
                .extracting(line -> texts(line).get(1)).containsExactly("How to export?", "Refund API");
        assertThat(texts(requests.get(3)).get(1)).isEqualTo("Old idea");

        List<AgendaLine> promises = sections.get(1).lines();
        assertThat(promises).extracting(AgendaLine::messageKey).containsExactly("meeting.agenda.promise.made",
                "meeting.agenda.promise.kept", "meeting.agenda.promise.withdrawn", "meeting.agenda.promise.slipped");
        assertThat(promises.get(0).arguments()).containsExactly(new Argument.Text("Payments v2"),
                new Argument.Day(LocalDate.of(2025, 3, 20)));
        assertThat(promises.get(1).arguments()).containsExactly(new Argument.Text("Search revamp"),
                new Argument.Day(LocalDate.of(2025, 3, 7)), new Argument.Day(LocalDate.of(2025, 3, 10)),
                new Argument.Key("roadmap.promise.KEPT_ON_TIME"));
        assertThat(promises.get(2).arguments()).containsExactly(new Argument.Text("Loyalty"),
                new Argument.Day(LocalDate.of(2025, 4, 1)), new Argument.Text("Taken out at your request"));
        assertThat(promises.get(3).arguments()).containsExactly(new Argument.Text("Payments v2"),
                new Argument.Day(LocalDate.of(2025, 3, 20)), new Argument.Day(LocalDate.of(2025, 3, 27)),
                new Argument.Text("Card network certification took longer"));

        List<AgendaLine> conflicts = sections.get(2).lines();
        assertThat(conflicts).extracting(AgendaLine::messageKey).containsExactly(
                "meeting.agenda.conflict.found-window", "meeting.agenda.conflict.found-request");
        assertThat(conflicts.get(0).arguments()).containsExactly(new Argument.Key("conflict.kind.FREEZE_PLANNED"),
                new Argument.Text(fixtures.systemName(storefront)), new Argument.Day(LocalDate.of(2025, 3, 20)),
                new Argument.Day(LocalDate.of(2025, 3, 25)), new Argument.Key("conflict.handling.OPEN"));
        assertThat(texts(conflicts.get(1))).containsExactly("conflict.kind.FREEZE_CLASH", "#" + banner,
                "Black Friday banner", "conflict.handling.OPEN");

        assertThat(sections.get(3).lines()).singleElement().satisfies(line -> {
            assertThat(line.messageKey()).isEqualTo("meeting.agenda.sla.breach");
            assertThat(line.arguments()).containsExactly(new Argument.Text("#" + filedAtStart),
                    new Argument.Text("Checkout times out"), new Argument.Key(SlaTarget.FIRST_RESPONSE.labelKey()),
                    new Argument.Day(LocalDate.of(2025, 3, 5)));
        });
        assertThat(sections.get(4).lines()).singleElement().satisfies(line -> {
            assertThat(line.messageKey()).isEqualTo("meeting.agenda.satisfaction.DELIVERY");
            assertThat(texts(line)).as("two answers, 4.5 of 5; the survey answered at the end is out")
                    .containsExactly("2", "4", "5", "5");
        });
        List<AgendaLine> freezes = sections.get(5).lines();
        assertThat(freezes).extracting(AgendaLine::messageKey).containsExactly("meeting.agenda.freeze.own",
                "meeting.agenda.freeze.depended");
        assertThat(texts(freezes.get(0))).containsExactly(fixtures.systemName(storefront), "2025-03-20",
                "2025-03-25", "Spring sale");
        assertThat(texts(freezes.get(1))).as("the 30th day after the review still counts; whose window, and why,"
                + " is not said").containsExactly(fixtures.systemName(payroll), "2025-04-10", "2025-04-12");

        assertThat(render(sections.get(0).lines().getFirst(), Locale.UK))
                .isEqualTo("Filed: #" + filedAtStart + " “Checkout times out” (Bug)");
        assertThat(render(sections.get(4).lines().getFirst(), Locale.UK))
                .isEqualTo("Delivery ratings received: 2, average 4.5 out of 5");
        assertThat(render(sections.get(4).lines().getFirst(), Locale.forLanguageTag("pt-BR")))
                .isEqualTo("Avaliações de entregas recebidas: 2, média 4,5 de 5");
        assertThat(render(promises.get(3), Locale.forLanguageTag("pt-BR"))).isEqualTo("Adiado: Payments v2 passou"
                + " de 20 de março de 2025 para 27 de março de 2025. Motivo: Card network certification took longer");
        for (Locale locale : List.of(Locale.UK, Locale.US, Locale.forLanguageTag("pt-BR"))) {
            assertThat(sections.stream().flatMap(s -> s.lines().stream()).map(line -> render(line, locale)))
                    .as("every line reads in %s, with its arguments in place", locale)
                    .allSatisfy(text -> assertThat(text).doesNotContain("!").doesNotContain("{").isNotBlank());
        }

        List<String> everything = sections.stream().flatMap(s -> s.lines().stream())
                .flatMap(line -> texts(line).stream()).toList();
        assertThat(everything).noneMatch(text -> text.contains("Export orders") || text.contains("Late delivery")
                || text.contains("Their") || text.contains("Team only") || text.contains("Private words")
                || text.contains("Not theirs") || text.contains("Too far ahead"));
    }

    @Test
    void another_organisations_changes_and_internal_notes_never_reach_the_agenda() {
        long secret = fixtures.request(other, "Other client's outage", "INCIDENT", "NEW", at("2025-03-05T12:00:00Z"));
        fixtures.moved(secret, "NEW", "DECLINED", at("2025-03-06T12:00:00Z"));
        long mine = fixtures.request(client, "Our question", "QUESTION", "NEW", at("2025-03-05T12:00:00Z"));
        fixtures.internalNote(mine, "Internal: they are about to churn", at("2025-03-05T13:00:00Z"));
        long milestone = fixtures.milestone("Shared milestone", "IN_PROGRESS", LocalDate.of(2025, 3, 30), null);
        fixtures.promise(milestone, other, LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 30),
                at("2025-03-05T12:00:00Z"), null);
        fixtures.answer(other, "DELIVERY", 1, at("2025-03-05T12:00:00Z"), "Terrible");

        List<AgendaSection> sections = as(TEAM, () -> agenda.between(client, SINCE, UNTIL));

        assertThat(sections).singleElement().satisfies(section -> {
            assertThat(section.headingKey()).isEqualTo("meeting.agenda.section.requests");
            assertThat(section.lines()).singleElement()
                    .satisfies(line -> assertThat(texts(line)).containsExactly("#" + mine, "Our question",
                            "request.kind.QUESTION"));
        });
    }

    @Test
    void empty_sections_are_left_out_and_a_long_list_says_how_many_more() {
        assertThat(as(TEAM, () -> agenda.between(client, SINCE, UNTIL))).as("a quiet week has no agenda of its own")
                .isEmpty();
        for (int i = 0; i < ChangesSinceLastReview.SHOWN + 2; i++) {
            fixtures.request(client, "Request " + i, "QUESTION", "NEW", SINCE.plusSeconds(60L * i));
        }
        fixtures.answer(client, "SURVEY", 7, SINCE, "");

        List<AgendaSection> sections = as(TEAM, () -> agenda.between(client, SINCE, UNTIL));

        assertThat(sections).extracting(AgendaSection::headingKey).containsExactly(
                "meeting.agenda.section.requests", "meeting.agenda.section.satisfaction");
        List<AgendaLine> lines = sections.getFirst().lines();
        assertThat(lines).hasSize(ChangesSinceLastReview.SHOWN + 1);
        assertThat(texts(lines.getFirst()).get(1)).as("newest first").isEqualTo("Request 21");
        assertThat(lines.getLast().messageKey()).isEqualTo("meeting.agenda.request.filed.more");
        assertThat(lines.getLast().arguments()).containsExactly(new Argument.Text("2"));
        assertThat(texts(sections.get(1).lines().getFirst())).containsExactly("1", "7", "0", "10");
    }
}
