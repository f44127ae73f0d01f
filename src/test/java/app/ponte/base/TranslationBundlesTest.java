package app.ponte.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.organisation.OrganisationKind;
import app.ponte.security.PasswordPolicy;
import app.ponte.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages complete, and no user-visible text written straight into the UI code. */
class TranslationBundlesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** A string literal with a letter in it, handed to something that shows text. */
    static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(new (Button|Span|H1|H2|H3|H4|Paragraph|Div|ListItem|Text|NativeLabel|TextField|PasswordField"
                    + "|Checkbox|Tab|Notification)\\(\\s*(\"[^\"]*[A-Za-z][^\"]*\"\\s*[,)])"
                    + "|\\.(setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setHeader|setTitle"
                    + "|setTooltipText|setAriaLabel|show|addItem|setConfirmText|setCancelText)\\(\\s*\"[^\"]*[A-Za-z]"
                    // An anchor's first argument is its address; its second is the text people read.
                    + "|new Anchor\\([^,]+,\\s*\"[^\"]*[A-Za-z])");

    private final Properties english = load("vaadin-i18n/translations.properties");
    private final Properties portuguese = load("vaadin-i18n/translations_pt_BR.properties");

    @Test
    void english_and_brazilian_portuguese_have_the_same_keys() {
        assertThat(portuguese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void no_translation_is_blank_or_uses_a_plain_apostrophe() {
        for (Properties bundle : List.of(english, portuguese)) {
            bundle.forEach((key, value) -> {
                assertThat(value.toString()).as("value of %s", key).isNotBlank().doesNotContain("'");
            });
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : javaSources()) {
            Matcher matcher = TRANSLATION_CALL.matcher(Files.readString(file));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_key_built_from_an_enum_or_a_code_exists() {
        List<String> built = new ArrayList<>();
        for (Role role : Role.values()) {
            built.add(role.labelKey());
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            built.add(kind.labelKey());
        }
        for (PasswordPolicy.Problem problem : PasswordPolicy.Problem.values()) {
            built.add(problem.messageKey());
        }
        for (var locale : TranslationProvider.LOCALES) {
            built.add("language." + locale.toLanguageTag());
        }
        for (var tag : TranslationProvider.LANGUAGE_CHOICE_TAGS) {
            built.add("language." + tag);
        }
        for (String reason : List.of("credentials", "throttled", "expired")) {
            built.add("login.error." + reason + ".title");
            built.add("login.error." + reason + ".message");
        }
        for (String action : List.of("not-found", "denied", "concurrent-edit", "unexpected")) {
            built.add("error.action." + action);
        }
        for (String template : List.of("mail.invitation", "mail.invitation-existing", "mail.reset", "mail.forced-reset")) {
            built.add(template + ".subject");
            built.add(template + ".body");
        }
        for (var kind : app.ponte.request.RequestKind.values()) {
            built.add(kind.labelKey());
            built.add(kind.shortLabelKey());
            built.add("request.kind-hint." + kind);
            built.add("request.field.problem." + kind);
        }
        for (var status : app.ponte.request.RequestStatus.values()) {
            built.add(status.labelKey());
        }
        for (var severity : app.ponte.request.Severity.values()) {
            built.add(severity.labelKey());
        }
        for (var decision : app.ponte.request.AssessmentDecision.values()) {
            built.add(decision.labelKey());
        }
        for (var basis : app.ponte.request.LegalBasis.values()) {
            built.add(basis.labelKey());
        }
        for (var risk : app.ponte.request.Risk.values()) {
            built.add(risk.labelKey());
        }
        for (var criticality : app.ponte.catalogue.Criticality.values()) {
            built.add(criticality.labelKey());
        }
        for (var event : app.ponte.notification.NotificationEvent.values()) {
            built.add(event.messageKey());
            built.add(event.labelKey());
        }
        for (var priority : app.ponte.request.Priority.values()) {
            built.add(priority.labelKey());
        }
        for (var problem : app.ponte.organisation.LinkProblem.values()) {
            built.add(problem.messageKey());
        }
        for (var status : app.ponte.notification.OutboxStatus.values()) {
            built.add(status.labelKey());
        }
        for (var cadence : app.ponte.organisation.ReviewCadence.values()) {
            built.add(cadence.labelKey());
        }
        for (String outcome : List.of("all", "DONE", "REFUSED")) {
            built.add("audit.outcome." + outcome);
        }
        for (var lane : app.ponte.planning.Lane.values()) {
            built.add(lane.labelKey());
        }
        for (var confidence : app.ponte.planning.Confidence.values()) {
            built.add(confidence.labelKey());
        }
        for (var kind : app.ponte.planning.ConflictKind.values()) {
            built.add(kind.labelKey());
            built.add("conflict.why." + kind.name());
            built.add("conflict.notice." + kind.name());
        }
        for (var handling : app.ponte.planning.ConflictHandling.values()) {
            built.add(handling.labelKey());
            built.add("conflict.notice.handling." + handling.name());
        }
        for (var kind : app.ponte.oncall.StepKind.values()) {
            built.add(kind.labelKey());
        }
        for (var cause : app.ponte.oncall.PagingCause.values()) {
            built.add(cause.labelKey());
        }
        for (var state : app.ponte.oncall.PagingState.values()) {
            built.add(state.labelKey());
        }
        for (var gap : app.ponte.oncall.GapKind.values()) {
            built.add(gap.labelKey());
        }
        for (var event : app.ponte.oncall.IncidentPages.EventKind.values()) {
            built.add("oncall.request.event." + event.name());
        }
        for (String problem : List.of("UNKNOWN", "USED", "EXPIRED")) {
            built.add("oncall.link." + problem);
        }
        built.add("oncall.mail.page.subject");
        built.add("oncall.mail.page.body");
        for (var status : app.ponte.roadmap.DeliveryStatus.values()) {
            built.add(status.labelKey());
        }
        for (var state : app.ponte.roadmap.PromiseState.values()) {
            built.add(state.labelKey());
        }
        for (int impact = 1; impact <= 5; impact++) {
            built.add("planning.impact." + impact);
        }
        for (var target : app.ponte.request.SlaTarget.values()) {
            built.add(target.labelKey());
        }
        for (var standing : app.ponte.request.SupportDeadline.Standing.values()) {
            built.add(standing.labelKey());
            if (standing != app.ponte.request.SupportDeadline.Standing.NONE) {
                built.add("requests.sla.heading." + standing.name());
            }
        }
        built.add("password.problem.WRONG_CURRENT");
        built.add("password.problem.MISMATCH");
        assertThat(english.stringPropertyNames()).containsAll(built);
    }

    @Test
    void ui_code_passes_no_literal_text_to_components() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaSources()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (HARD_CODED_TEXT.matcher(lines.get(i)).find()) {
                    offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void the_literal_text_detector_recognises_what_it_must() {
        assertThat(HARD_CODED_TEXT.matcher("save.setText(\"Save\");").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("add(new H2(\"Welcome\"));").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("grid.addColumn(x).setHeader(\"Name\");").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("save.setText(getTranslation(\"profile.save\"));").find()).isFalse();
        assertThat(HARD_CODED_TEXT.matcher("new Anchor(\".\", getTranslation(\"error.back-home\"))").find()).isFalse();
        assertThat(HARD_CODED_TEXT.matcher("new Anchor(\"login\", getTranslation(\"x\"))").find()).isFalse();
        assertThat(HARD_CODED_TEXT.matcher("new Anchor(\"login\", \"Sign in\")").find()).isTrue();
    }

    /** Values that are the same in both languages on purpose: names, symbols, words Brazilians use as they are. */
    private static final Set<String> SAME_IN_BOTH = Set.of("app.name", "language.en", "language.pt-BR",
            "language.en-GB", "language.en-US", "login.form.email", "login.demo.email", "home.email", "members.email",
            "request.kind.BUG", "request.kind-short.BUG", "request.priority.NORMAL", "requests.column.id", "request.history.line",
            "mail.notice.subject", "request.supporter-line", "nav.backlog", "planning.lane", "planning.board.title",
            "planning.column.moved-line", "nav.roadmap", "roadmap.title", "roadmap.confidence", "roadmap.export-file",
            "roadmap.pdf.title", "roadmap.change-line", "audit.target.numbered", "nav.sla",
            "duration.days", "duration.hours", "duration.minutes", "sla.priority");

    @Test
    void brazilian_portuguese_says_pedido_never_solicitacao_and_leaves_no_english_behind() {
        portuguese.forEach((key, value) -> assertThat(value.toString().toLowerCase(java.util.Locale.ROOT))
                .as("pt-BR value of %s", key).doesNotContain("solicitaç"));
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(portuguese.getProperty(key)))
                .filter(key -> !SAME_IN_BOTH.contains(key))
                .filter(key -> hasWords(english.getProperty(key)))
                .sorted().toList();
        assertThat(untranslated).as("pt-BR values equal to the English ones").isEmpty();
    }

    @Test
    void counts_are_said_in_words_never_with_a_parenthesised_plural() {
        for (var bundle : List.of(english, portuguese)) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as("value of %s", key)
                    .doesNotContainPattern("\\w\\((s|es|ões|ns)\\)"));
        }
        assertThat(new java.text.MessageFormat(english.getProperty("planning.input.reach.value"), java.util.Locale.UK)
                .format(new Object[] {1})).isEqualTo("one organisation asking");
        assertThat(new java.text.MessageFormat(portuguese.getProperty("planning.input.reach.value"),
                java.util.Locale.forLanguageTag("pt-BR")).format(new Object[] {3})).isEqualTo("3 organizações pedindo");
    }

    /** A value made only of placeholders and signs ("#{0} {1}") is the same in every language. */
    private static boolean hasWords(String value) {
        return value.replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter);
    }

    @Test
    void the_viewers_region_decides_how_dates_and_numbers_read_while_both_englishes_share_one_bundle() {
        var provider = new TranslationProvider();
        var day = java.time.LocalDate.of(2026, 12, 1);
        var uk = TranslationProvider.fromTag("en-GB");
        var us = TranslationProvider.fromTag("en-US");
        var brazil = TranslationProvider.fromTag("pt-BR");

        assertThat(app.ponte.base.ui.Days.format(day, uk)).isEqualTo("1 Dec 2026");
        assertThat(app.ponte.base.ui.Days.format(day, us)).isEqualTo("Dec 1, 2026");
        assertThat(app.ponte.base.ui.Days.format(day, brazil)).isEqualTo("1 de dez. de 2026");
        assertThat(app.ponte.base.ui.LocalisedFormats.amount(new java.math.BigDecimal("2.50"), brazil)).isEqualTo("2,5");
        assertThat(app.ponte.base.ui.LocalisedFormats.decimal(1234.56, 1, uk)).isEqualTo("1,234.6");
        assertThat(provider.getTranslation("nav.home", uk)).isEqualTo(provider.getTranslation("nav.home", us))
                .isEqualTo("Home");
        assertThat(provider.getTranslation("planning.capacity.total", brazil, new java.math.BigDecimal("2.5")))
                .contains("2,5");
        assertThat(TranslationProvider.choiceFor("en", java.time.ZoneId.of("America/New_York"))).isEqualTo("en-US");
        assertThat(TranslationProvider.choiceFor("en", java.time.ZoneId.of("Europe/Lisbon"))).isEqualTo("en-GB");
        assertThat(TranslationProvider.choiceFor(java.util.Locale.forLanguageTag("en-AU"))).isEqualTo("en-GB");
    }

    @Test
    void missing_keys_show_up_marked_instead_of_failing_the_page() {
        var provider = new TranslationProvider();
        assertThat(provider.getTranslation("no.such.key", TranslationProvider.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(provider.getTranslation("nav.home", TranslationProvider.BRAZILIAN_PORTUGUESE)).isEqualTo("Início");
        assertThat(provider.getTranslation("nav.home", java.util.Locale.GERMAN)).isEqualTo("Home");
        assertThat(provider.getTranslation("home.welcome", TranslationProvider.ENGLISH, "Ana")).isEqualTo("Welcome, Ana");
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String resource) {
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
