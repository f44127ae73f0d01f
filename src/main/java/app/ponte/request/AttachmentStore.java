package app.ponte.request;

import app.ponte.base.RejectedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Receives uploaded files and keeps them. An upload is streamed into a temporary file in the incoming
 * directory and cut off as soon as it passes the size limit; a refused one is deleted at once. Accepted files
 * are stored under a random name, so that no name a user chose ever reaches the file system. When the
 * transaction commits, the waiting copy is deleted; when it rolls back, the stored copy is, and the waiting
 * one stays for the user's next try.
 */
@Component
class AttachmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStore.class);
    private static final int BUFFER = 8192;
    /** Waiting files older than this found at start-up were left by a crash; no session still holds them. */
    private static final Duration ABANDONED = Duration.ofDays(1);

    private final AttachmentProperties properties;
    private final AttachmentTypes types;
    private final Clock clock;

    AttachmentStore(AttachmentProperties properties, AttachmentTypes types, Clock clock) {
        this.properties = properties;
        this.types = types;
        this.clock = clock;
    }

    /** Refuses the file with a message saying why, or tells what to keep it as. */
    AttachmentTypes.Verdict check(NewFile file) {
        String name = cleanName(file.originalName());
        types.checkName(name);
        long size = sizeOf(file.content());
        if (size > properties.maxSize().toBytes()) {
            throw tooBig(name);
        }
        if (size == 0) {
            throw new RejectedInputException(AttachmentTypes.FIELD, "attachment.error.empty", name);
        }
        return types.judge(name, file.content());
    }

    /**
     * Streams an upload into the incoming directory and checks it: the name before any byte is read, the
     * announced size too, the real size while reading (reading stops just past the limit), then the content
     * and the session's quota. Whatever is refused leaves no file behind.
     */
    NewFile receive(String originalName, long announcedSize, InputStream content, SessionUploads session) {
        String name = cleanName(originalName);
        types.checkName(name);
        if (announcedSize > properties.maxSize().toBytes()) {
            throw tooBig(name);
        }
        session.requireRoom(name, announcedSize);
        Path waiting = newIncomingFile();
        boolean kept = false;
        try {
            if (copyAtMost(content, waiting, properties.maxSize().toBytes())) {
                throw tooBig(name);
            }
            var file = new NewFile(name, waiting);
            check(file);
            session.take(name, sizeOf(waiting));
            kept = true;
            return file;
        } finally {
            if (!kept) {
                deleteQuietly(waiting);
            }
        }
    }

    List<StoredFile> store(List<NewFile> files) {
        return files.stream().map(this::store).toList();
    }

    private StoredFile store(NewFile file) {
        AttachmentTypes.Verdict verdict = check(file);
        String storedName = UUID.randomUUID().toString();
        Path target = properties.directory().resolve(storedName);
        try {
            Files.createDirectories(properties.directory());
            Files.copy(file.content(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment", e);
        }
        settleAfterTransaction(target, file.content());
        return new StoredFile(verdict.name(), storedName, verdict.type(), sizeOf(target));
    }

    /**
     * The name as shown and sent back: without control or invisible formatting characters (a right-to-left
     * override would make {@code fixtxt.exe} read as {@code fixexe.txt}), without a path some browsers send,
     * without surrounding blanks or the trailing dots Windows drops (so {@code fix.bat.} is a {@code .bat}).
     */
    static String cleanName(String originalName) {
        if (originalName == null) {
            return "";
        }
        String name = AttachmentDownload.withoutControlCharacters(originalName);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.replaceAll("[.\\s]+$", "").strip();
    }

    InputStream open(String storedName) {
        try {
            return Files.newInputStream(properties.directory().resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment " + storedName + " is missing", e);
        }
    }

    /** Whether a file is one waiting in the incoming directory (the only ones Ponte deletes on a user's behalf). */
    static boolean isIncoming(Path incoming, Path file) {
        Path directory = incoming.toAbsolutePath().normalize();
        Path candidate = file.toAbsolutePath().normalize();
        return candidate.startsWith(directory) && !candidate.equals(directory);
    }

    /** Deletes waiting files a crash left behind. */
    @EventListener(ApplicationReadyEvent.class)
    void removeAbandoned() {
        if (!Files.isDirectory(properties.incoming())) {
            return;
        }
        Instant before = clock.instant().minus(ABANDONED);
        try (DirectoryStream<Path> waiting = Files.newDirectoryStream(properties.incoming())) {
            for (Path file : waiting) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean {}", properties.incoming(), e);
        }
    }

    private RejectedInputException tooBig(String name) {
        return new RejectedInputException(AttachmentTypes.FIELD, "attachment.error.too-big", name,
                properties.maxSize().toMegabytes());
    }

    private Path newIncomingFile() {
        try {
            Files.createDirectories(properties.incoming());
            return Files.createTempFile(properties.incoming(), "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a file in " + properties.incoming(), e);
        }
    }

    /** Copies at most {@code limit} bytes; true when there were more (what was read past the limit is dropped). */
    private static boolean copyAtMost(InputStream in, Path target, long limit) {
        byte[] buffer = new byte[BUFFER];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                copied += read;
                if (copied > limit) {
                    return true;
                }
                out.write(buffer, 0, read);
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("An upload broke off", e);
        }
    }

    private static long sizeOf(Path content) {
        try {
            return Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Left for the clean-up at the next start.
        }
    }

    /** After commit the waiting copy goes; after a rollback the stored one does, and the waiting one stays. */
    private void settleAfterTransaction(Path target, Path source) {
        boolean waiting = isIncoming(properties.incoming(), source);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (waiting) {
                deleteQuietly(source);
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(target);
                } else if (waiting) {
                    deleteQuietly(source);
                }
            }
        });
    }
}
