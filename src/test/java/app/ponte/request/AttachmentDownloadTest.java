package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** How a download is sent back, whatever name the uploader gave the file. */
class AttachmentDownloadTest {

    @Test
    void any_original_name_is_sent_as_an_encoded_attachment_that_the_browser_must_not_sniff() {
        var download = new AttachmentDownload("relatório \"final\"\r\n.pdf", "application/pdf", 3,
                InputStream.nullInputStream());

        assertThat(download.headers().get("Content-Disposition"))
                .startsWith("attachment; filename=")
                .contains("filename*=UTF-8''relat%C3%B3rio%20%22final%22.pdf")
                .doesNotContain("\r", "\n");
        assertThat(download.headers()).containsEntry("X-Content-Type-Options", "nosniff");
    }
}
