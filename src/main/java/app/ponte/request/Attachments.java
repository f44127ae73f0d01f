package app.ponte.request;

import app.ponte.security.AnyoneSignedIn;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Files on requests. Anybody who can see a request can attach files to it and read its public ones;
 * files attached to an internal note are the team's only. Each file is checked before anything is saved.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final AttachmentProperties properties;
    private final RequestAccess access;
    private final Parties parties;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, AttachmentStore store, AttachmentProperties properties,
            RequestAccess access, Parties parties, Clock clock) {
        this.properties = properties;
        this.attachments = attachments;
        this.store = store;
        this.access = access;
        this.parties = parties;
        this.clock = clock;
    }

    /** Checks one file at once, so the user learns about a wrong file before filling in the rest. */
    @AnyoneSignedIn
    public void check(NewFile file) {
        store.check(file);
    }

    /**
     * Receives one upload as it streams in and checks it (name, size while reading, content, the session's
     * quota): refused with the reason and nothing left behind, or waiting in a temporary file until it is
     * attached or the session's {@link SessionUploads#discard discards} it. No database connection is held
     * while a (possibly slow) upload streams in.
     */
    @AnyoneSignedIn
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public NewFile receive(String name, long announcedSize, InputStream content, SessionUploads session) {
        return store.receive(name, announcedSize, content, session);
    }

    /** A new session's share of the attachment space. */
    @AnyoneSignedIn
    public SessionUploads sessionUploads() {
        return new SessionUploads(properties.sessionMaxFiles(), properties.sessionMaxSize().toBytes(),
                properties.incoming());
    }

    /** The largest file accepted, for the upload component to refuse bigger ones before sending them. */
    @AnyoneSignedIn
    public DataSize maxSize() {
        return properties.maxSize();
    }

    @AnyoneSignedIn
    @Transactional
    public void attach(long requestId, List<NewFile> files) {
        attach(access.open("attachment.add", requestId), null, false, files);
    }

    @AnyoneSignedIn
    public List<AttachmentInfo> list(long requestId) {
        access.open("attachment.list", requestId);
        return attachments.findListed(requestId, access.callerIsTeam());
    }

    /** Opens a file for download; another organisation's file, or an internal one for a client, is not found. */
    @AnyoneSignedIn
    public AttachmentDownload open(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId)
                .filter(a -> !a.isInternal() || access.callerIsTeam())
                .orElseThrow(() -> access.refused("attachment.download", "Attachment", attachmentId));
        access.open("attachment.download", attachment.getRequest().getId());
        return new AttachmentDownload(attachment.getOriginalName(), attachment.getContentType(),
                attachment.getSizeBytes(), store.open(attachment.getStoredName()));
    }

    void attach(Request request, @Nullable Comment comment, boolean internal, List<NewFile> files) {
        var uploader = parties.account(access.callerAccountId());
        store.store(files).forEach(file -> attachments.save(
                new Attachment(request, comment, uploader, file, internal, clock.instant())));
    }
}
