package app.ponte.request;

import app.ponte.base.RejectedInputException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One session's share of the attachment space: the files it has waiting in a picker or has attached, in
 * number and bytes, against {@code ponte.attachments.session-max-files} and {@code session-max-size}. A
 * waiting file that is discarded gives its share back; an attached one keeps it. Uploads of one session
 * arrive on several threads at once, so every count is taken under the object's lock.
 */
public final class SessionUploads implements Serializable {

    private final int maxFiles;
    private final long maxBytes;
    private final String incoming;
    private int files;
    private long bytes;

    SessionUploads(int maxFiles, long maxBytes, Path incoming) {
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
        this.incoming = incoming.toString();
    }

    /** Refuses an upload before it is read when the session has no room for it (its size when announced). */
    synchronized void requireRoom(String name, long announcedSize) {
        if (files >= maxFiles || (announcedSize > 0 && bytes + announcedSize > maxBytes)) {
            throw refusal(name);
        }
    }

    /** Counts a file the session keeps, or refuses it when it would go past the quota. */
    synchronized void take(String name, long size) {
        if (files >= maxFiles || bytes + size > maxBytes) {
            throw refusal(name);
        }
        files++;
        bytes += size;
    }

    /**
     * Deletes a file still waiting in the incoming directory and gives its share back. A file already
     * stored (its waiting copy deleted when the transaction committed) or one from elsewhere is left alone.
     */
    public void discard(NewFile file) {
        Path waiting = file.content();
        if (!AttachmentStore.isIncoming(Path.of(incoming), waiting)) {
            return;
        }
        try {
            long size = Files.size(waiting);
            if (Files.deleteIfExists(waiting)) {
                giveBack(size);
            }
        } catch (IOException gone) {
            // Already deleted: stored meanwhile, or removed twice.
        }
    }

    private synchronized void giveBack(long size) {
        files = Math.max(0, files - 1);
        bytes = Math.max(0, bytes - size);
    }

    private RejectedInputException refusal(String name) {
        return new RejectedInputException(AttachmentTypes.FIELD, "attachment.error.quota", name, maxFiles,
                maxBytes / (1024 * 1024));
    }
}
