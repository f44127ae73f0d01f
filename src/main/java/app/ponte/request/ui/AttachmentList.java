package app.ponte.request.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.AttachmentDownload;
import app.ponte.request.AttachmentInfo;
import app.ponte.request.Attachments;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A request's files as download links. The service checks access again on every download and says
 * which headers send the file safely.
 */
class AttachmentList extends UnorderedList {

    private final Attachments attachments;
    private final ViewerTime viewerTime;

    AttachmentList(Attachments attachments, ViewerTime viewerTime) {
        this.attachments = attachments;
        this.viewerTime = viewerTime;
        setId("request-attachments");
    }

    /** The files, or a line saying there are none yet (the section's heading is never left empty). */
    void show(List<AttachmentInfo> files) {
        removeAll();
        if (files.isEmpty()) {
            var none = new ListItem(getTranslation("request.attachments.none"));
            none.setId("request-attachments-none");
            none.addClassName("empty-state");
            add(none);
        }
        files.forEach(file -> {
            var link = new Anchor(download(file.id()), file.originalName());
            var details = new Span(" · " + readableSize(file.sizeBytes()) + " · " + file.uploadedBy() + " · "
                    + viewerTime.format(file.createdAt(), getLocale())
                    + (file.internal() ? " · " + getTranslation("request.comment.internal-badge") : ""));
            add(new ListItem(link, details));
        });
    }

    private DownloadHandler download(long attachmentId) {
        return event -> {
            AttachmentDownload file = attachments.open(attachmentId);
            file.headers().forEach(event.getResponse()::setHeader);
            event.setContentType(file.contentType());
            event.setContentLength(file.sizeBytes());
            try (InputStream in = file.content(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
    }

    static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return LocalisedFormats.megabytes(bytes, LocalisedFormats.currentLocale());
    }
}
