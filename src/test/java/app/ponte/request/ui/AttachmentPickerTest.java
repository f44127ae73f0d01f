package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.request.AttachmentProperties;
import app.ponte.request.NewFile;
import app.ponte.request.OfficeFiles;
import app.ponte.request.RequestKind;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.upload.FileRemovedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attachment picker as an uploader meets it: limits while streaming, refusals with reasons, no files left over. */
class AttachmentPickerTest extends UiTest {

    private static final byte[] NOTES = "Port 443 still offers TLS 1.0.".getBytes(StandardCharsets.UTF_8);

    @Autowired
    AttachmentProperties properties;

    @Test
    void an_upload_over_the_limit_is_cut_off_while_it_streams_and_leaves_no_file() throws IOException {
        NewRequestView view = intake();
        long limit = properties.maxSize().toBytes();
        var body = new EndlessBody(limit * 4);
        Set<Path> before = incoming();

        send(view.attachments.upload, "dump.csv", -1, body);

        assertThat(body.read).isLessThanOrEqualTo(limit + 64 * 1024);
        assertThat(view.attachments.error.getText()).isEqualTo(
                view.getTranslation("attachment.error.too-big", "dump.csv", properties.maxSize().toMegabytes()));
        assertThat(view.attachments.files()).isEmpty();
        assertThat(incoming()).isEqualTo(before);
    }

    @Test
    void an_upload_announced_as_too_big_is_refused_before_a_byte_is_read() throws IOException {
        NewRequestView view = intake();
        var body = new EndlessBody(properties.maxSize().toBytes() * 4);

        send(view.attachments.upload, "dump.csv", body.length, body);

        assertThat(body.read).isZero();
        assertThat(view.attachments.error.getText()).startsWith("dump.csv is larger than");
    }

    @Test
    void a_refused_file_shows_its_reason_and_keeps_it_when_an_accepted_file_follows() {
        NewRequestView view = intake();

        test(view.attachments.upload).upload("fix.bat", "text/plain", "del /q C:\\Users\\*".getBytes());
        test(view.attachments.upload).upload("notes.txt", "text/plain", NOTES);

        assertThat(view.attachments.error.isVisible()).isTrue();
        assertThat(view.attachments.error.getText())
                .isEqualTo("fix.bat is not accepted: files ending in .bat are programs, scripts or web pages.");
        assertThat(view.attachments.files()).extracting(NewFile::originalName).containsExactly("notes.txt");
    }

    @Test
    void a_word_document_with_macros_is_refused_on_upload_with_the_reason() {
        NewRequestView view = intake();

        test(view.attachments.upload).upload("figures.docx", "application/octet-stream",
                OfficeFiles.docm());

        assertThat(view.attachments.error.getText()).startsWith("figures.docx is not accepted: documents with macros");
        assertThat(view.attachments.files()).isEmpty();
    }

    @Test
    void removing_a_waiting_file_from_the_list_deletes_its_temporary_file() {
        NewRequestView view = intake();
        Path waiting = waitingNotes(view);
        assertThat(waiting).exists();

        Upload upload = view.attachments.upload;
        ComponentUtil.fireEvent(upload, new FileRemovedEvent(upload, "notes.txt"));

        assertThat(waiting).doesNotExist();
        assertThat(view.attachments.files()).isEmpty();
    }

    @Test
    void leaving_the_form_deletes_the_files_still_waiting() {
        NewRequestView view = intake();
        Path waiting = waitingNotes(view);

        navigate(RequestListView.class);

        assertThat(waiting).doesNotExist();
    }

    @Test
    void a_refused_request_keeps_its_waiting_files_and_a_filed_one_deletes_them() {
        NewRequestView view = intake();
        Path waiting = waitingNotes(view);

        test(view.file).click();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(waiting).exists();

        test(view.title).setValue("Old TLS on the gateway");
        test(view.problem).setValue("The scanner flags TLS 1.0.");
        test(view.file).click();

        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
        assertThat(waiting).doesNotExist();
    }

    @Test
    void a_session_past_its_quota_is_told_why_the_next_file_is_refused_and_a_removed_file_makes_room() {
        NewRequestView view = intake();
        for (int i = 0; i < quotaFiles(); i++) {
            test(view.attachments.upload).upload("notes-" + i + ".txt", "text/plain", NOTES);
        }
        assertThat(view.attachments.files()).hasSize(quotaFiles());

        test(view.attachments.upload).upload("one-more.txt", "text/plain", NOTES);

        assertThat(view.attachments.error.getText()).startsWith(
                "one-more.txt is not accepted: one session may attach at most " + quotaFiles() + " files");
        assertThat(view.attachments.files()).hasSize(quotaFiles());

        Upload upload = view.attachments.upload;
        ComponentUtil.fireEvent(upload, new FileRemovedEvent(upload, "notes-0.txt"));
        ComponentUtil.fireEvent(upload, new FileRemovedEvent(upload, "one-more.txt"));
        test(view.attachments.upload).upload("one-more.txt", "text/plain", NOTES);

        assertThat(view.attachments.error.isVisible()).isFalse();
        assertThat(view.attachments.files()).hasSize(quotaFiles());
    }

    private NewRequestView intake() {
        signInAs("leo@aurora.test");
        NewRequestView view = navigate(NewRequestView.class);
        test(view.kind).selectItem(view.kind.getItemLabelGenerator().apply(RequestKind.QUESTION));
        return view;
    }

    /** Uploads a text file and tells where it waits. */
    private Path waitingNotes(NewRequestView view) {
        test(view.attachments.upload).upload("notes.txt", "text/plain", NOTES);
        return view.attachments.files().getFirst().content();
    }

    private int quotaFiles() {
        return properties.sessionMaxFiles();
    }

    private Set<Path> incoming() throws IOException {
        Path directory = properties.incoming();
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toSet());
        }
    }

    /** Sends a body to the upload's handler as the browser's request would, with the size it announces. */
    private static void send(Upload upload, String name, long announced, InputStream body) throws IOException {
        roundTrip();
        var session = VaadinSession.getCurrent();
        var handler = (UploadHandler) session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class,
                        URI.create(upload.getElement().getAttribute("target")))
                .orElseThrow().getElementRequestHandler();
        handler.handleUploadRequest(new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), session,
                name, announced, "text/csv", upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }
        });
        session.getService().runPendingAccessTasks(session);
    }

    /** A request body far longer than any limit, made up as it is read, counting what was read. */
    private static final class EndlessBody extends InputStream {

        final long length;
        long read;

        EndlessBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
