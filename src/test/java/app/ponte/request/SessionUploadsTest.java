package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.base.RejectedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's share of the attachment space, in bytes as in files. */
class SessionUploadsTest {

    @TempDir
    Path directory;

    @Test
    void a_file_that_would_go_past_the_bytes_of_the_session_is_refused_and_a_discarded_one_gives_them_back()
            throws IOException {
        Path incoming = Files.createDirectories(directory.resolve("incoming"));
        var session = new SessionUploads(10, 100, incoming);
        Path waiting = Files.write(incoming.resolve("upload-1.part"), new byte[60]);
        session.take("first.txt", 60);

        var refusal = catchThrowableOfType(RejectedInputException.class, () -> session.take("second.txt", 50));

        assertThat(refusal.messageKey()).isEqualTo("attachment.error.quota");
        assertThat(refusal.arguments()).containsExactly("second.txt", 10, 0L);
        session.discard(new NewFile("first.txt", waiting));
        assertThat(waiting).doesNotExist();
        session.take("second.txt", 50);
    }

    @Test
    void an_announced_size_past_what_is_left_is_refused_before_reading_and_an_unknown_one_is_not() {
        var session = new SessionUploads(10, 100, directory);
        session.take("first.txt", 60);

        assertThat(catchThrowableOfType(RejectedInputException.class, () -> session.requireRoom("big.txt", 41)))
                .isNotNull();
        session.requireRoom("unknown.txt", -1);
        session.requireRoom("small.txt", 40);
    }

    @Test
    void a_file_outside_the_incoming_directory_is_never_deleted_on_a_users_behalf() throws IOException {
        Path incoming = Files.createDirectories(directory.resolve("incoming"));
        Path elsewhere = Files.write(directory.resolve("stored-attachment"), new byte[10]);
        var session = new SessionUploads(10, 100, incoming);

        session.discard(new NewFile("x.txt", elsewhere));
        session.discard(new NewFile("x.txt", incoming.resolve("../stored-attachment")));

        assertThat(elsewhere).exists();
    }
}
