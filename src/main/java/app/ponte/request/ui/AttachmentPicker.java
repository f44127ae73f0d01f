package app.ponte.request.ui;

import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.ComponentTexts;
import app.ponte.request.Attachments;
import app.ponte.request.NewFile;
import app.ponte.request.SessionUploads;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files waiting to be attached when the form is sent. Each upload is received as it streams in and checked at
 * once (name, size while reading, type from its bytes, the session's quota), so a wrong file is refused with
 * the reason before the user sends anything: every refused file keeps its message, naming it, until the user
 * removes it from the list or sends the form. Accepted files wait in temporary files, deleted when they are
 * removed from the list, when the view closes, or once they are stored.
 */
class AttachmentPicker extends VerticalLayout implements HasValidation {

    final Upload upload;
    final Paragraph error = new Paragraph();
    private final Attachments attachments;
    private final SessionUploads session;
    private final List<Waiting> waiting = new ArrayList<>();
    /** Refusal messages by the name the browser shows the file under, in the order they came. */
    private final Map<String, String> refusals = new LinkedHashMap<>();
    private String formMessage = "";

    /** A file the browser lists under {@code listedAs}, waiting as {@code file}. */
    private record Waiting(String listedAs, NewFile file) {
    }

    AttachmentPicker(Attachments attachments) {
        this.attachments = attachments;
        this.session = sessionUploads(attachments);
        setPadding(false);
        setSpacing(false);
        upload = new Upload(this::receive);
        ComponentTexts.upload(upload);
        upload.setMaxFiles(10);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxSize().toBytes()));
        upload.addFileRejectedListener(e -> refuse(e.getFileName(),
                getTranslation("attachment.error.client", e.getFileName(), e.getErrorMessage())));
        upload.addFileRemovedListener(e -> remove(e.getFileName()));
        addDetachListener(e -> discardAll());
        upload.addAttachListener(e -> sayWhyOnRefusedRows());
        error.setId("attachment-error");
        error.addClassName("conflict");
        error.getStyle().set("white-space", "pre-line");
        error.setVisible(false);
        add(new Span(getTranslation("request.attachments.add", attachments.maxSize().toMegabytes())), upload, error);
    }

    /** The quota is the session's, shared by every picker in every tab of it. */
    private static SessionUploads sessionUploads(Attachments attachments) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        SessionUploads uploads = vaadinSession.getAttribute(SessionUploads.class);
        if (uploads == null) {
            uploads = attachments.sessionUploads();
            vaadinSession.setAttribute(SessionUploads.class, uploads);
        }
        return uploads;
    }

    /**
     * Runs on the upload's own request, outside the UI's lock: the file is streamed and checked here, and
     * the UI is changed through {@code access}. A refused upload is also answered as refused, with the reason.
     */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String listedAs = event.getFileName();
        try {
            NewFile file = attachments.receive(listedAs, event.getFileSize(), event.getInputStream(), session);
            inUi(ui, () -> waiting.add(new Waiting(listedAs, file)), () -> session.discard(file));
        } catch (RejectedInputException refusal) {
            String message = getTranslation(ui.getLocale(), refusal.messageKey(), refusal.arguments());
            event.reject(message);
            inUi(ui, () -> refuse(listedAs, message), () -> {
            });
        } catch (UncheckedIOException brokenOff) {
            throw brokenOff.getCause();
        }
    }

    /** Runs the change in the UI if this picker is still shown there, else the fallback. */
    private void inUi(UI ui, Command change, Command gone) {
        try {
            ui.access(() -> (isAttached() ? change : gone).execute());
        } catch (UIDetachedException e) {
            gone.execute();
        }
    }

    private void refuse(String listedAs, String message) {
        refusals.put(listedAs, message);
        showMessages();
    }

    /** The user took a file off the list: a waiting one is deleted, a refused one's message goes. */
    private void remove(String listedAs) {
        waiting.stream().filter(w -> w.listedAs().equals(listedAs)).findFirst().ifPresent(removed -> {
            waiting.remove(removed);
            session.discard(removed.file());
        });
        refusals.remove(listedAs);
        showMessages();
    }

    /** The view closed (or the session ended) before the form was sent. */
    private void discardAll() {
        waiting.forEach(w -> session.discard(w.file()));
        waiting.clear();
        refusals.clear();
        upload.clearFileList();
    }

    private void showMessages() {
        List<String> lines = new ArrayList<>(refusals.values());
        if (!formMessage.isBlank()) {
            lines.add(formMessage);
        }
        error.setText(String.join("\n", lines));
        error.setVisible(!lines.isEmpty());
    }

    /**
     * A file the server refused stays in the upload's list with the reason (what the server answered, already
     * translated) instead of the component's generic "forbidden" text, and without a retry button: sending the
     * same file again would be refused again. Only the row is changed in the browser, no bundle code.
     */
    private void sayWhyOnRefusedRows() {
        upload.getElement().executeJs("""
                const upload = this;
                if (upload.__ponteRefusedRows) { return; }
                upload.__ponteRefusedRows = true;
                const mark = () => requestAnimationFrame(() => upload.querySelectorAll('vaadin-upload-file')
                    .forEach(row => row.toggleAttribute('refused', !!(row.file && row.file.ponteRefused))));
                upload.addEventListener('upload-response', event => {
                  const xhr = event.detail.xhr;
                  if (xhr.status !== 422) { return; }
                  let reason = $0;
                  try {
                    const rejected = JSON.parse(xhr.responseText).rejected;
                    if (rejected && rejected.length && rejected[0].reason) { reason = rejected[0].reason; }
                  } catch (notJson) { }
                  event.preventDefault();
                  const file = event.detail.file;
                  file.error = reason;
                  file.complete = false;
                  file.ponteRefused = true;
                  upload.dispatchEvent(new CustomEvent('upload-error', { detail: { file, xhr } }));
                  if (upload._renderFileList) { upload._renderFileList(); } else { upload.files = [...upload.files]; }
                  mark();
                });
                upload.addEventListener('files-changed', mark);
                """, getTranslation("upload.refused"));
    }

    List<NewFile> files() {
        return waiting.stream().map(Waiting::file).toList();
    }

    /** After the files were attached (their temporary files are gone with the commit): empty the list. */
    void clear() {
        waiting.clear();
        refusals.clear();
        formMessage = "";
        upload.clearFileList();
        showMessages();
    }

    /** A refused file of the request or message being sent is shown under the upload, like one refused on upload. */
    @Override
    public void setErrorMessage(String errorMessage) {
        formMessage = errorMessage == null ? "" : errorMessage;
        showMessages();
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    /** Clearing the form's refusal leaves the refusals of uploads: they stay until their file is removed. */
    @Override
    public void setInvalid(boolean invalid) {
        if (!invalid) {
            formMessage = "";
        }
        showMessages();
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
