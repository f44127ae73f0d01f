package app.ponte.request;

import app.ponte.base.RejectedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks uploaded files and keeps them. The type is detected from the bytes (Apache Tika), never taken
 * from the name or the browser; the file is stored under a random name, so that no name a user chose
 * ever reaches the file system. A file copied in a transaction that rolls back is removed again.
 */
@Component
class AttachmentStore {

    static final int NAME_MAX = 255;

    private final AttachmentProperties properties;
    private final Tika tika = new Tika();

    AttachmentStore(AttachmentProperties properties) {
        this.properties = properties;
    }

    /** Refuses the file with a message saying why, or tells what it really is. */
    String check(NewFile file) {
        String name = cleanName(file.originalName());
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new RejectedInputException("attachments", "attachment.error.name", NAME_MAX);
        }
        long size = sizeOf(file.content());
        if (size > properties.maxSize().toBytes()) {
            throw new RejectedInputException("attachments", "attachment.error.too-big", name,
                    properties.maxSize().toMegabytes());
        }
        if (size == 0) {
            throw new RejectedInputException("attachments", "attachment.error.empty", name);
        }
        String type = detect(file.content());
        if (!properties.allowedTypes().contains(type)) {
            throw new RejectedInputException("attachments", "attachment.error.type", name, type);
        }
        return type;
    }

    List<StoredFile> store(List<NewFile> files) {
        return files.stream().map(this::store).toList();
    }

    private StoredFile store(NewFile file) {
        String type = check(file);
        String storedName = UUID.randomUUID().toString();
        Path target = properties.directory().resolve(storedName);
        try {
            Files.createDirectories(properties.directory());
            Files.copy(file.content(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment", e);
        }
        removeOnRollback(target);
        return new StoredFile(cleanName(file.originalName()), storedName, type, sizeOf(target));
    }

    /** The name as shown and sent back: without control characters or surrounding blanks. */
    static String cleanName(String originalName) {
        return originalName == null ? "" : AttachmentDownload.withoutControlCharacters(originalName).strip();
    }

    InputStream open(String storedName) {
        try {
            return Files.newInputStream(properties.directory().resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment " + storedName + " is missing", e);
        }
    }

    private String detect(Path content) {
        try (InputStream in = Files.newInputStream(content)) {
            return tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }

    private static long sizeOf(Path content) {
        try {
            return Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }

    private static void removeOnRollback(Path target) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(target);
                    } catch (IOException ignored) {
                        // An orphan file costs disk space only; nothing refers to it.
                    }
                }
            }
        });
    }
}
