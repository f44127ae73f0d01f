package app.ponte.report;

import app.ponte.base.PublicLinks;
import app.ponte.base.TranslationProvider;
import app.ponte.notification.MailAttachment;
import app.ponte.notification.MailOutbox;
import app.ponte.organisation.Contact;
import app.ponte.organisation.Contacts;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Queues a stored report's e-mails in the caller's transaction: to the people who speak for the organisation (a
 * client's client admins, a department's members: those the relationship survey asks too) and, so the team knows
 * what the client read, to its account manager; each in their own language, with the PDF attached and a link to the
 * report's page. Returns how many messages were queued.
 */
@Component
class ReportMailer {

    static final String PDF = "application/pdf";

    private final Contacts contacts;
    private final MailOutbox outbox;
    private final ReportDocuments documents;
    private final I18NProvider translations;
    private final PublicLinks links;

    ReportMailer(Contacts contacts, MailOutbox outbox, ReportDocuments documents, I18NProvider translations,
            PublicLinks links) {
        this.contacts = contacts;
        this.outbox = outbox;
        this.documents = documents;
        this.translations = translations;
        this.links = links;
    }

    int send(long reportId, ReportContent content, @Nullable String note) {
        String link = links.to("reports/" + reportId);
        String name = organisationName(content);
        int queued = 0;
        for (Contact person : recipients(content.organisationId())) {
            Locale locale = TranslationProvider.fromTag(person.languageTag());
            String period = ReportPeriodWords.label(content.period(), locale,
                    (key, args) -> translations.getTranslation(key, locale, args));
            String subject = translations.getTranslation("report.mail.subject", locale, name, period);
            var pdf = new MailAttachment(fileName(name, content.period()), PDF, documents.pdf(content, locale, note));
            outbox.enqueue(person.email(), person.languageTag(), subject,
                    documents.mailText(content, locale, note, link), documents.mailHtml(content, locale, note, link),
                    List.of(pdf));
            queued++;
        }
        return queued;
    }

    private List<Contact> recipients(long organisationId) {
        List<Contact> people = new ArrayList<>(contacts.spokespeople(organisationId));
        contacts.accountManager(organisationId)
                .filter(manager -> people.stream().noneMatch(p -> p.accountId() == manager.accountId()))
                .ifPresent(people::add);
        return people;
    }

    /** The name the snapshot keeps; the organisation's current one if the snapshot has none. */
    private String organisationName(ReportContent content) {
        if (!content.organisationName().isBlank()) {
            return content.organisationName();
        }
        return contacts.organisation(content.organisationId()).map(o -> o.name()).orElse("");
    }

    /** {@code report-aurora-commerce-2026-11.pdf}: the organisation's name in plain letters, the period as digits. */
    static String fileName(String organisationName, ReportPeriod period) {
        String plain = Normalizer.normalize(organisationName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "report-" + (plain.isEmpty() ? "organisation" : plain) + "-" + ReportPeriodWords.fileLabel(period)
                + ".pdf";
    }
}
