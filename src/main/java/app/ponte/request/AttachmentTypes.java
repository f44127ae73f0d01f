package app.ponte.request;

import app.ponte.base.RejectedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a file is and whether its name may say so. The bytes decide (Apache Tika, never the name or the
 * browser); the type must be on the allow-list, an office document must carry no macros, and the name must
 * agree with the content: its extension names the detected type, a more precise or a more general kind of it
 * ({@code data.csv} for plain text). A name without a known extension gets the type's own ({@code README}
 * becomes {@code README.txt}). Names of programs, scripts and macro documents are refused before any byte is read.
 */
@Component
class AttachmentTypes {

    static final String FIELD = "attachments";
    static final int NAME_MAX = 255;

    private static final MediaType ZIP = MediaType.APPLICATION_ZIP;
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    private final AttachmentProperties properties;
    private final Tika tika = new Tika();
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    AttachmentTypes(AttachmentProperties properties) {
        this.properties = properties;
    }

    /** What the stored file is called and what it is. */
    record Verdict(String name, String type) {
    }

    /** Refuses a name that is empty, too long, or that of a program, a script or a macro document. */
    void checkName(String name) {
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new RejectedInputException(FIELD, "attachment.error.name", NAME_MAX);
        }
        String extension = extension(name);
        if (properties.refusedExtensions().contains(extension)) {
            throw new RejectedInputException(FIELD, "attachment.error.script", name, extension);
        }
        if (properties.macroExtensions().contains(extension)) {
            throw new RejectedInputException(FIELD, "attachment.error.macro", name);
        }
    }

    /** Judges a file whose name passed {@link #checkName}: refused with the reason, or what to keep it as. */
    Verdict judge(String name, Path content) {
        String detected = detect(content);
        if (!properties.allowedTypes().contains(detected)) {
            throw new RejectedInputException(FIELD, "attachment.error.type", name, detected);
        }
        return named(name, withoutMacros(name, content, detected));
    }

    /** The precise type of an office document, once it is known to carry no macros. */
    private String withoutMacros(String name, Path content, String detected) {
        MediaType type = MediaType.parse(detected);
        try {
            if (registry.isInstanceOf(type, ZIP)) {
                OfficeContent.Found found = OfficeContent.ofZip(content);
                refuseMacros(found.macros(), name);
                return found.mainType() != null && known(found.mainType()) != null ? found.mainType() : detected;
            }
            if (registry.isInstanceOf(type, OLE2)) {
                refuseMacros(OfficeContent.oleHasMacros(content), name);
            }
            return detected;
        } catch (IOException e) {
            throw new RejectedInputException(FIELD, "attachment.error.unreadable", name, detected);
        }
    }

    private static void refuseMacros(boolean macros, String name) {
        if (macros) {
            throw new RejectedInputException(FIELD, "attachment.error.macro", name);
        }
    }

    private Verdict named(String name, String type) {
        MediaType content = MediaType.parse(type);
        MediaType byName = typeOfName(name);
        if (byName == null) {
            MimeType known = known(type);
            String extension = known == null ? "" : known.getExtension();
            if (extension.isEmpty()) {
                throw new RejectedInputException(FIELD, "attachment.error.no-extension", name, type);
            }
            if (name.length() + extension.length() > NAME_MAX) {
                throw new RejectedInputException(FIELD, "attachment.error.name", NAME_MAX);
            }
            return new Verdict(name + extension, type);
        }
        if (byName.equals(content) || registry.isSpecializationOf(byName, content)
                || registry.isSpecializationOf(content, byName)) {
            return new Verdict(name, type);
        }
        throw new RejectedInputException(FIELD, "attachment.error.mismatch", name, extension(name), type);
    }

    /** The type a file's name stands for, or null when its extension says nothing Tika knows. */
    private @Nullable MediaType typeOfName(String name) {
        MediaType type = types.getMimeType(name.toLowerCase(Locale.ROOT)).getType();
        return type.equals(MediaType.OCTET_STREAM) ? null : type;
    }

    /** A type Tika knows; an unknown name is not registered (Tika's {@code forName} would). */
    private @Nullable MimeType known(String type) {
        try {
            return types.getRegisteredMimeType(type);
        } catch (MimeTypeException e) {
            return null;
        }
    }

    /** The last extension of a (cleaned) name, lower case. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String detect(Path content) {
        try (InputStream in = Files.newInputStream(content)) {
            return tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }
}
