package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.RejectedInputException;
import app.ponte.security.NotFoundInScopeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @TempDir
    Path uploads;

    @Test
    void a_pdf_named_like_an_image_is_kept_as_a_pdf_under_a_generated_name_and_comes_back_under_its_own_name()
            throws IOException {
        long id = as("leo@aurora.test", () -> intake.file(question("Invoice layout"),
                List.of(new NewFile("scan of invoice.png", upload("upload-1", PDF)))));

        AttachmentInfo listed = as("ana@aurora.test", () -> attachments.list(id)).getFirst();
        assertThat(listed.originalName()).isEqualTo("scan of invoice.png");
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
        assertThat(download.originalName()).isEqualTo("scan of invoice.png");
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
