package app.ponte.request.ui;

import app.ponte.base.RejectedInputException;
import app.ponte.request.Attachments;
import app.ponte.request.NewFile;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Files waiting to be attached when the form is sent. Each upload is checked at once (size, type from
 * its bytes), so a wrong file is refused with the reason before the user sends anything; the files
 * accepted wait in temporary files until then.
 */
class AttachmentPicker extends VerticalLayout implements HasValidation {

    final Upload upload;
    final Paragraph error = new Paragraph();
    private final List<NewFile> pending = new ArrayList<>();

    AttachmentPicker(Attachments attachments) {
        setPadding(false);
        setSpacing(false);
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            var candidate = new NewFile(metadata.fileName(), file.toPath());
            try {
                attachments.check(candidate);
                pending.add(candidate);
                error.setVisible(false);
            } catch (RejectedInputException e) {
                delete(file);
                error.setText(getTranslation(e.messageKey(), e.arguments()));
                error.setVisible(true);
            }
        }));
        upload.setI18n(translatedTexts());
        upload.setMaxFiles(10);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxSize().toBytes()));
        upload.addFileRejectedListener(e -> {
            error.setText(getTranslation("attachment.error.too-big", e.getFileName(),
                    attachments.maxSize().toMegabytes()));
            error.setVisible(true);
        });
        upload.addFileRemovedListener(e -> pending.removeIf(f -> f.originalName().equals(e.getFileName())));
        error.setId("attachment-error");
        error.addClassName("conflict");
        error.setVisible(false);
        add(new Span(getTranslation("request.attachments.add", attachments.maxSize().toMegabytes())), upload, error);
    }

    /** The upload's own texts (buttons, drop hint, errors) in the viewer's language. */
    private UploadI18N translatedTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add-one"))
                        .setMany(getTranslation("upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop-one"))
                        .setMany(getTranslation("upload.drop-many")))
                .setFile(new UploadI18N.File().setRemove(getTranslation("upload.remove"))
                        .setRetry(getTranslation("upload.retry")).setStart(getTranslation("upload.start")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.too-many"))
                        .setFileIsTooBig(getTranslation("upload.too-big"))
                        .setIncorrectFileType(getTranslation("upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                                .setProcessing(getTranslation("upload.processing"))
                                .setHeld(getTranslation("upload.held")).setStalled(getTranslation("upload.stalled")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("upload.server-error"))
                                .setForbidden(getTranslation("upload.forbidden"))
                                .setFileTooLarge(getTranslation("upload.too-big"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }

    List<NewFile> files() {
        return List.copyOf(pending);
    }

    /** After the files were attached: forget them and empty the list. */
    void clear() {
        pending.clear();
        upload.clearFileList();
        error.setVisible(false);
    }

    /** A refused file of the request or message being sent is shown under the upload, like one refused on upload. */
    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    private static void delete(File file) {
        if (!file.delete()) {
            file.deleteOnExit();
        }
    }
}
