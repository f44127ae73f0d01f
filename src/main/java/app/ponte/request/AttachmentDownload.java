package app.ponte.request;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** What a download sends: the bytes, under the original name and the type detected at upload. */
public record AttachmentDownload(String originalName, String contentType, long sizeBytes, InputStream content) {

    /**
     * The response headers that make the download safe: always an attachment (never shown inline), the
     * original name encoded per RFC 6266/5987 whatever characters it has, and no type sniffing by the browser.
     */
    public Map<String, String> headers() {
        return Map.of(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(withoutControlCharacters(originalName), StandardCharsets.UTF_8)
                        .build().toString(),
                "X-Content-Type-Options", "nosniff");
    }

    /**
     * Names are cleaned at upload too; this keeps a line break from ever reaching a header, and invisible
     * formatting characters (such as a right-to-left override) from disguising an extension.
     */
    static String withoutControlCharacters(String name) {
        return name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
    }
}
