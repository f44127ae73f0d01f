package app.ponte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.Function;

/**
 * The texts Vaadin's components bring along (a date picker's buttons and errors, an upload's drop hint,
 * a multi-select's screen-reader announcements), from the
 * bundles in the viewer's language: said once here. After every navigation {@link UiInitializer} hands the
 * page to {@link #localiseAll}; a component made later (in a dialog, say) is passed to the matching method
 * by its maker.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** Every date picker, upload and multi-select on the page that has no texts of its own yet. */
    public static void localiseAll(Component root) {
        if (root instanceof DatePicker picker && picker.getI18n() == null) {
            datePicker(picker);
        } else if (root instanceof Upload upload && upload.getI18n() == null) {
            upload(upload);
        } else if (root instanceof MultiSelectComboBox<?> select && select.getI18n() == null) {
            multiSelect(select);
        }
        root.getChildren().forEach(ComponentTexts::localiseAll);
    }

    public static DatePicker datePicker(DatePicker picker) {
        return LocalisedDatePicker.localise(picker);
    }

    public static Upload upload(Upload upload) {
        Function<String, String> t = upload::getTranslation;
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("upload.add-one"))
                        .setMany(t.apply("upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("upload.drop-one"))
                        .setMany(t.apply("upload.drop-many")))
                .setFile(new UploadI18N.File().setRemove(t.apply("upload.remove"))
                        .setRetry(t.apply("upload.retry")).setStart(t.apply("upload.start")))
                .setError(new UploadI18N.Error().setTooManyFiles(t.apply("upload.too-many"))
                        .setFileIsTooBig(t.apply("upload.too-big"))
                        .setIncorrectFileType(t.apply("upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("upload.connecting"))
                                .setProcessing(t.apply("upload.processing"))
                                .setHeld(t.apply("upload.held")).setStalled(t.apply("upload.stalled")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t.apply("upload.remaining")).setUnknown(t.apply("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t.apply("upload.server-unavailable"))
                                .setUnexpectedServerError(t.apply("upload.server-error"))
                                .setForbidden(t.apply("upload.forbidden"))
                                .setFileTooLarge(t.apply("upload.too-big"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB")));
        return upload;
    }

    public static <T> MultiSelectComboBox<T> multiSelect(MultiSelectComboBox<T> select) {
        select.setI18n(new com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n()
                .setCleared(select.getTranslation("multi-select.cleared"))
                .setFocused(select.getTranslation("multi-select.focused"))
                .setSelected(select.getTranslation("multi-select.selected"))
                .setDeselected(select.getTranslation("multi-select.deselected"))
                .setTotal(select.getTranslation("multi-select.total"))
                .setRequiredErrorMessage(select.getTranslation("input.required")));
        return select;
    }
}
