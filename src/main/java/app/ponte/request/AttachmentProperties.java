package app.ponte.request;

import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and what is accepted.
 *
 * @param directory where the files are stored, each under a generated name
 * @param maxSize the largest file accepted
 * @param allowedTypes media types accepted, as detected from the file's bytes; HTML and SVG are left out
 *        on purpose (a browser would run their scripts), and so is anything executable
 */
@ConfigurationProperties("ponte.attachments")
public record AttachmentProperties(
        @DefaultValue("data/attachments") Path directory,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue({"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain",
                "text/csv", "application/json", "application/xml", "text/xml", "application/zip",
                "application/x-tika-ooxml", "application/x-tika-msoffice", "application/vnd.oasis.opendocument.text",
                "application/vnd.oasis.opendocument.spreadsheet", "message/rfc822"}) Set<String> allowedTypes) {
}
