package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

/** Vaadin's own component texts come from the bundles, set in one place for the whole page. */
class ComponentTextsTest extends UiTest {

    @Test
    void a_portuguese_page_gets_portuguese_date_picker_upload_and_multi_select_texts() {
        UI.getCurrent().setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);
        var picker = new DatePicker();
        var upload = new Upload();
        var select = new MultiSelectComboBox<String>();
        var page = new VerticalLayout(picker, new VerticalLayout(upload, select));
        UI.getCurrent().add(page);

        ComponentTexts.localiseAll(page);

        assertThat(picker.getI18n().getToday()).isEqualTo("Hoje");
        assertThat(picker.getI18n().getBadInputErrorMessage()).isEqualTo("Isto não é uma data.");
        assertThat(upload.getI18n().getDropFiles().getMany()).isNotBlank().doesNotContainIgnoringCase("drop");
        assertThat(select.getI18n().getSelected()).isEqualTo("adicionado à seleção");
    }
}
