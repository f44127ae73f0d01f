package app.ponte.request;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and what is accepted.
 *
 * @param directory where the files are stored, each under a generated name
 * @param incoming where uploads wait until their request or message is sent (a temporary file each, deleted
 *        when the file is refused, removed from the picker, its view closed, or once it is stored); by default
 *        the directory {@code incoming} next to {@code directory}
 * @param maxSize the largest file accepted; an upload is cut off as soon as it goes past it
 * @param sessionMaxFiles how many files one session may have waiting or attached
 * @param sessionMaxSize how many bytes one session may have waiting or attached
 * @param allowedTypes media types accepted, as detected from the file's bytes; HTML and SVG are left out
 *        on purpose (a browser would run their scripts), and so is anything executable
 * @param refusedExtensions names refused whatever their content: programs, scripts and pages a click on the
 *        downloaded file would run
 * @param macroExtensions names of Office documents that may carry macros, refused like their content
 */
@ConfigurationProperties("ponte.attachments")
public record AttachmentProperties(
        @DefaultValue("data/attachments") Path directory,
        @Nullable Path incoming,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("50") int sessionMaxFiles,
        @DefaultValue("200MB") DataSize sessionMaxSize,
        @DefaultValue({"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain",
                "text/csv", "application/json", "application/xml", "text/xml", "application/zip",
                "application/x-tika-ooxml", "application/x-tika-msoffice", "application/vnd.oasis.opendocument.text",
                "application/vnd.oasis.opendocument.spreadsheet", "message/rfc822"}) Set<String> allowedTypes,
        @DefaultValue({"bat", "cmd", "com", "exe", "dll", "msi", "msp", "scr", "pif", "cpl", "lnk", "reg", "url",
                "js", "mjs", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "sh", "jar", "hta", "htc", "html", "htm",
                "xhtml", "shtml", "mht", "mhtml", "svg", "svgz"}) Set<String> refusedExtensions,
        @DefaultValue({"docm", "dotm", "xlsm", "xltm", "xlsb", "xlam", "xla", "xlm", "pptm", "potm", "ppsm", "ppam",
                "sldm"}) Set<String> macroExtensions) {

    public AttachmentProperties {
        incoming = incoming == null ? directory.resolveSibling("incoming") : incoming;
        refusedExtensions = lowerCase(refusedExtensions);
        macroExtensions = lowerCase(macroExtensions);
    }

    /** Never null: the compact constructor puts the default in. */
    @Override
    public Path incoming() {
        return Objects.requireNonNull(incoming);
    }

    private static Set<String> lowerCase(Set<String> extensions) {
        return extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
